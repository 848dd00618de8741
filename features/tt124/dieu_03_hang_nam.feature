# language: vi
Tính năng: Điều 3 — Xét duyệt, công nhận mỗi năm một lần
  Thông tư 124/2021/TT-BCA, Điều 3 (nguyên tắc chung). Khoản 1 có quy tắc dưới đây. Khoản 2 (yêu
  cầu việc xét duyệt chính xác, công khai, dân chủ, đúng quy định) là nguyên tắc, được kiểm tra
  qua từng bước thủ tục của Điều 9 chứ không tự nó làm một tiêu chí chưa đạt; khoản 3 (kết quả là
  căn cứ đánh giá, khen thưởng phong trào toàn dân bảo vệ an ninh Tổ quốc) không có nội dung kiểm
  tra được trên hồ sơ. Hai khoản này không có quy tắc ở đây.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y, của mọi đơn vị, theo
  hồ sơ ghi nhận đến hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng
  vững trên hồ sơ) hoặc "cảnh báo" (cần xem lại) và viện dẫn một mã điều khoản (xem
  features/kiem_toan/ và docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu: doanh nghiệp nhà nước Điện lực Trà Vinh, quy mô lớn, có tổ
  chức Đảng và lực lượng bảo vệ; "đủ thành phần", "đủ tài liệu" xem features/tt124/dieu_09_ho_so.feature.

  @TT124.D3.K1
  Quy tắc: Mỗi đơn vị chỉ có một quyết định cho mỗi năm
    Theo cách diễn đạt của nhóm: việc xét duyệt, công nhận diễn ra mỗi năm một lần. Văn bản không
    nói đến quyết định "không công nhận"; trên thực tế cấp có thẩm quyền ra một quyết định nêu các
    đơn vị được công nhận, còn đơn vị không được công nhận thì không nhận quyết định nào. Cách hiểu
    của nhóm (mô hình của thư viện): mỗi đơn vị có nhiều nhất một kết luận còn hiệu lực cho mỗi
    năm — quyết định công nhận, hoặc văn bản không công nhận nếu cấp có thẩm quyền ban hành và sổ
    ghi lại. Khi năm Y đã có một kết luận còn hiệu lực, mọi quyết định khác về năm Y là lỗi. Quyết
    định ghi rõ thay thế quyết định trước (đính chính trong sổ) là bản sửa của quyết định đó, không
    phải lần xét thứ hai; quyết định đã bị rút lại không còn được tính; quyết định về năm khác không
    liên quan.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "18/11/2024", mã dữ kiện "qd-1"

    Kịch bản: Một quyết định cho năm thì không có phát hiện
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Quyết định công nhận thứ hai về cùng năm là lỗi
      Biết UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-2"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "second_decision" mức "lỗi"
      Và phát hiện "second_decision" viện dẫn "TT124.D3.K1"
      Và phát hiện "second_decision" nêu "là quyết định thứ 2 về năm 2024"
      Và phát hiện "second_decision" dựa trên dữ kiện "qd-1"
      Và phát hiện "second_decision" dựa trên dữ kiện "qd-2"

    Kịch bản: Quyết định không công nhận sau quyết định công nhận cùng năm cũng là quyết định thứ hai
      Biết UBND cấp tỉnh đã ký quyết định không công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-2"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "second_decision" mức "lỗi"
      Và phát hiện "second_decision" dựa trên dữ kiện "qd-2"
      Và có phát hiện "refused_against_record" mức "cảnh báo"

    Kịch bản: Quyết định thay thế quyết định trước không phải là quyết định thứ hai
      Biết dữ kiện "qd-1" đã được thay thế bằng dữ kiện "qd-1b" ghi ngày "19/11/2024", lý do "Sửa ngày ký"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Quyết định thứ hai đã bị rút lại thì không còn là quyết định thứ hai
      Biết UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-2"
      Và dữ kiện "qd-2" đã bị rút lại, lý do "Ghi trùng quyết định đã có"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Khung kịch bản: Quyết định về năm <năm> không làm quyết định năm 2024 thành quyết định thứ hai (ranh giới năm)
      Biết UBND cấp tỉnh đã ký quyết định không công nhận năm <năm> ngày "19/11/<năm>", mã dữ kiện "qd-khac"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | năm  | số |
        | 2023 | 0  |
        | 2024 | 2  |
        | 2025 | 0  |
