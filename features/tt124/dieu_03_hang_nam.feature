# language: vi
Tính năng: Điều 3 — Xét, công nhận mỗi năm một lần
  Thông tư 124/2021/TT-BCA, Điều 3, khoản 1: việc xét, công nhận được thực hiện mỗi năm một lần.
  Sổ giữ mọi quyết định; quyết định thay thế (đính chính) một quyết định trước thì quyết định cũ
  hết hiệu lực, không phải là quyết định thứ hai. Khoản 2 (chính xác, công khai, dân chủ, đúng
  quy định) và khoản 3 (kết quả là căn cứ đánh giá, khen thưởng phong trào) không có nội dung kiểm
  tra được bằng máy nên không có quy tắc ở đây.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và nêu mã điều khoản (xem features/kiem_toan/ và docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu của features/tt124/dieu_06_tieu_chi.feature.

  @TT124.D3.K1
  Quy tắc: Mỗi năm chỉ một quyết định về việc công nhận
    Xét, công nhận mỗi năm một lần: khi năm Y đã có một quyết định còn hiệu lực (công nhận hay
    không công nhận), mỗi quyết định khác về năm Y là lỗi. Quyết định về năm khác không tính.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024", mã dữ kiện "qd-1"

    Kịch bản: Một quyết định cho năm thì không có phát hiện
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Khung kịch bản: Quyết định <kết quả> thứ hai về cùng năm là lỗi
      Biết hôm nay là "15/01/2025 10:00"
      Và UBND cấp xã đã ký quyết định <kết quả> năm 2024 ngày "15/01/2025", mã dữ kiện "qd-2"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "second_decision" mức "lỗi"
      Và phát hiện "second_decision" nêu "là quyết định thứ 2 về năm 2024"
      Và phát hiện "second_decision" dựa trên dữ kiện "qd-1"
      Và phát hiện "second_decision" dựa trên dữ kiện "qd-2"

      Dữ liệu:
        | kết quả         |
        | công nhận       |
        | không công nhận |

    Kịch bản: Quyết định thay thế quyết định trước không phải là quyết định thứ hai
      Biết hôm nay là "15/01/2025 10:00"
      Và dữ kiện "qd-1" đã được thay thế bằng dữ kiện "qd-1b" ghi ngày "21/12/2024", lý do "Sửa ngày ký"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Quyết định về năm sau không làm quyết định năm nay thành quyết định thứ hai
      Biết hôm nay là "01/12/2025 09:00"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2025 ngày "01/12/2025"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào
