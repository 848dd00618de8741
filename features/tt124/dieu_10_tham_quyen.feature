# language: vi
Tính năng: Điều 10 — Thẩm quyền quyết định công nhận
  Thông tư 124/2021/TT-BCA: UBND quản lý đơn vị quyết định công nhận và cấp giấy công nhận; cơ
  quan công an thẩm định hồ sơ, không quyết định. Cấp nào còn tồn tại vào ngày nào là dữ liệu theo
  ngày: cấp huyện không còn từ 01/07/2025. Không có thủ tục thu hồi nào được tìm thấy: không
  được đặt ra.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và nêu mã điều khoản (xem features/kiem_toan/ và docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu của features/tt124/dieu_06_tieu_chi.feature.

  @TT124.D10
  Quy tắc: Quyết định phải do UBND cấp còn tồn tại vào ngày ký
    UBND cấp xã, cấp huyện (đến hết 30/06/2025) hoặc cấp tỉnh ra quyết định công nhận. Từ
    01/07/2025 cấp huyện không còn: quyết định do UBND cấp huyện ký từ ngày đó là lỗi.
    Trạng thái văn bản: một phần (partial)

    Kịch bản: Quyết định do UBND cấp huyện ký ngày 01/07/2025 là lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "01/07/2025 10:00"
      Và UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "01/07/2025", mã dữ kiện "qd-huyen"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "abolished_authority" mức "lỗi"
      Và phát hiện "abolished_authority" nêu "UBND cấp huyện ký ngày 01/07/2025"
      Và phát hiện "abolished_authority" dựa trên dữ kiện "qd-huyen"

    Khung kịch bản: Quyết định do UBND cấp <cấp> ký ngày <ngày ký> thì không có phát hiện
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "<ngày ký> 10:00"
      Và UBND cấp <cấp> đã ký quyết định công nhận năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

      Dữ liệu:
        | cấp   | ngày ký    |
        | huyện | 30/06/2025 |
        | xã    | 01/07/2025 |
        | tỉnh  | 01/07/2025 |
        | huyện | 20/12/2024 |
