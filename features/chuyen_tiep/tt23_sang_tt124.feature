# language: vi
Tính năng: Chuyển tiếp từ Thông tư 23 sang Thông tư 124
  Thông tư 124/2021/TT-BCA có hiệu lực từ ngày 10/02/2022 và thay thế Thông tư 23/2012/TT-BCA.
  Thông tư 124 không có điều khoản chuyển tiếp cho kỳ đánh giá đang dở, và Thông tư 23 không quy
  định kỳ đánh giá. Hai cách hiểu của nhóm (docs/rules.md; chưa là tham số có tên, nên kết quả
  không ghi riêng từng cách hiểu mà nêu văn bản đã dùng): (1) Thông tư 23 xét các năm đánh giá
  2012 đến 2021 và năm được đọc là năm dương lịch (01/01 đến 31/12); (2) Thông tư 124 xét từ năm
  2022, kể cả trọn kỳ đánh giá năm 2022 (16/11/2021 đến 15/11/2022), tức là áp dụng cả cho những
  việc xảy ra từ 16/11/2021 đến 09/02/2022, trước ngày Thông tư có hiệu lực, vì các tỉnh đã xét
  cả kỳ 2022 theo Thông tư 124. Hệ quả của hai cách hiểu ghép lại: một việc xảy ra từ 16/11/2021
  đến 31/12/2021 bị tính hai lần, cho năm 2021 (Thông tư 23) và cho năm 2022 (Thông tư 124).
  Cách hiểu khác có thể chọn là chỉ áp dụng Thông tư 124 từ ngày có hiệu lực, hoặc đọc năm của
  Thông tư 23 đến hết 15/11; cả hai chưa được thể hiện.
  "Đánh giá năm Y theo Thông tư N" là đánh giá giả định theo yêu cầu: cùng các dữ kiện, xét theo
  văn bản N thay cho văn bản có hiệu lực với năm Y (với kỳ đánh giá và tiêu chí của văn bản N).
  Các thẻ mã điều khoản trên kịch bản chỉ để tra cứu chéo; mỗi điều khoản có quy tắc riêng trong
  features/tt23 hoặc features/tt124.

  Quy tắc: Năm đánh giá nào thì theo Thông tư nào
    Năm 2012 đến 2021: Thông tư 23, kỳ đánh giá là năm dương lịch. Từ năm 2022: Thông tư 124, kỳ
    đánh giá từ 16/11 năm trước đến 15/11 năm xét. Năm không có văn bản nào điều chỉnh thì việc
    đánh giá báo lỗi rõ ràng, không đoán.

    @TT124.D8.K2.b
    Khung kịch bản: Năm <năm> được đánh giá theo <văn bản>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm <năm> tính đến hết ngày "31/12/2023"
      Thì kết quả được đánh giá theo "<văn bản>"
      Và kỳ đánh giá là từ ngày "<từ ngày>" đến ngày "<đến ngày>"

      Dữ liệu:
        | năm  | văn bản | từ ngày    | đến ngày   |
        | 2012 | TT23    | 01/01/2012 | 31/12/2012 |
        | 2021 | TT23    | 01/01/2021 | 31/12/2021 |
        | 2022 | TT124   | 16/11/2021 | 15/11/2022 |
        | 2023 | TT124   | 16/11/2022 | 15/11/2023 |

    Kịch bản: Năm 2021 đạt theo Thông tư 23 và năm 2022 đạt theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT23"
      Và kết quả năm là "đạt"
      Và kết quả năm không được đánh dấu tạm thời
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và kết quả năm là "đạt"
      Và kết quả năm không được đánh dấu tạm thời

    Kịch bản: Đạt năm 2021 theo Thông tư 23 nhưng năm 2022 không làm thêm gì thì chưa đạt theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và kết quả năm là "chưa đạt"
      Và tiêu chí "TT124.D6.K1.p2" là "chưa đạt"

    @TT23.D7.K3 @TT124.D6.K3.g @TT124.D8.K2.b
    Kịch bản: Vụ cháy ngày 20/12/2021 bị tính cả năm 2021 (Thông tư 23) lẫn năm 2022 (Thông tư 124) theo cách hiểu mặc định
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "20/12/2021", mã dữ kiện "VV-CHAY"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT23"
      Và tiêu chí "TT23.D7.K3" là "chưa đạt"
      Và tiêu chí "TT23.D7.K3" dựa trên dữ kiện "VV-CHAY"
      Và kết quả năm là "chưa đạt"
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và tiêu chí "TT124.D6.K3.g" dựa trên dữ kiện "VV-CHAY"
      Và kết quả năm là "chưa đạt"

    @TT23.D7.K3 @TT124.D6.K3.g @TT124.D8.K2.b
    Khung kịch bản: Vụ cháy nghiêm trọng ngày <ngày xảy ra>: năm 2021 theo Thông tư 23, năm 2022 theo Thông tư 124 (từ 16/11/2021 đến 31/12/2021 bị tính hai lần)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT23"
      Và tiêu chí "TT23.D7.K3" là "<năm 2021>"
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và tiêu chí "TT124.D6.K3.g" là "<năm 2022>"

      Dữ liệu:
        | ngày xảy ra | năm 2021 | năm 2022 |
        | 15/11/2021  | chưa đạt | đạt      |
        | 16/11/2021  | chưa đạt | chưa đạt |
        | 31/12/2021  | chưa đạt | chưa đạt |
        | 01/01/2022  | đạt      | chưa đạt |
        | 09/02/2022  | đạt      | chưa đạt |
        | 10/02/2022  | đạt      | chưa đạt |

    Khung kịch bản: Năm <năm> không có văn bản nào điều chỉnh thì việc đánh giá báo lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm <năm> tính đến hết ngày "31/12/2021"
      Thì việc đánh giá báo lỗi "no rule version governs evaluation year <năm>"
      Và việc đánh giá báo lỗi "TT23 (evaluation years 2012 to 2021"

      Dữ liệu:
        | năm  |
        | 2011 |
        | 2000 |

  Quy tắc: Cùng dữ kiện, kết quả khác nhau theo Thông tư 23 và Thông tư 124
    Các khác biệt đã ghi trong tài liệu quy định: phạm vi (Thông tư 124 loại trừ doanh nghiệp nhỏ,
    siêu nhỏ và cơ quan, đơn vị thuộc lực lượng vũ trang; Thông tư 23 không loại trừ); nghị quyết
    của tổ chức Đảng và mốc quý I (chỉ Thông tư 124); nội quy sáu nội dung thay cho bốn; 100% được
    phổ biến, quán triệt thay cho 100% ký cam kết giao ước thi đua; mô hình hoạt động hiệu quả
    thay cho mô hình tự phòng, tự quản, tự bảo vệ; thực hiện đầy đủ các văn bản phối hợp với lực
    lượng Công an nếu đơn vị có, thay cho việc phải có kế hoạch phối hợp; danh mục vụ việc (Thông
    tư 124 thêm tuyên truyền tôn giáo trái pháp luật, lợi dụng tôn giáo hay tranh chấp, kích động
    khiếu nại, đình công trái pháp luật, tội phạm nghiêm trọng trở lên, vi phạm về môi trường và
    an toàn vệ sinh thực phẩm; mở rộng từ lộ, lọt bí mật Nhà nước sang mọi vi phạm các quy định về
    bảo vệ bí mật Nhà nước; chỉ tính cháy, nổ, sự cố ở mức nghiêm trọng và tai nạn lao động chết
    người; không còn mục riêng cho mất trộm tài sản có giá trị lớn, khiếu kiện đông người, lộ, lọt
    bí mật công nghệ: vụ ghi theo các loại này phải được phân loại lại theo Thông tư 124, trong
    lúc chờ thì các điểm có thể liên quan chưa kết luận); người của đơn vị bị xử phạt vi phạm hành
    chính về an ninh, trật tự, hoặc mắc tệ nạn xã hội mà bị kỷ luật từ hình thức cảnh cáo trở lên
    (thay cho phạm tội, mắc tệ nạn xã hội); kết quả thi đua của lực lượng bảo vệ và của từ 70% trở
    lên số đầu mối trực thuộc (thay cho việc có lực lượng bảo vệ); kỳ đánh giá cố định 16/11 đến
    15/11; tiêu chí bổ sung của Ủy ban nhân dân cấp tỉnh (khoản 1 Điều 8 Thông tư 124, không có
    trong Thông tư 23). Phần lớn kịch bản xét cùng một năm 2021, một lần theo văn bản có hiệu lực
    (Thông tư 23), một lần giả định theo Thông tư 124.

    @TT124.D1.K2.b
    Khung kịch bản: Doanh nghiệp quy mô "<quy mô>" được xét theo Thông tư 23 nhưng không thuộc đối tượng áp dụng của Thông tư 124
      Biết doanh nghiệp "Công ty TNHH Thương mại Cầu Kè" có mã số thuế "2100000020", quy mô "<quy mô>", không có tổ chức Đảng, 30 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT23"
      Và kết quả năm là "đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT124"
      Và tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "Doanh nghiệp <quy mô> (tự khai)"
      Và kết quả năm là "không áp dụng"

      Dữ liệu:
        | quy mô   |
        | nhỏ      |
        | siêu nhỏ |

    @TT124.D1.K2.b
    Kịch bản: Cơ quan thuộc lực lượng vũ trang được xét theo Thông tư 23 nhưng không thuộc đối tượng áp dụng của Thông tư 124
      Biết cơ quan "Bộ Chỉ huy Quân sự tỉnh Trà Vinh" có mã số thuế "2100000031", thuộc lực lượng vũ trang, có tổ chức Đảng, 150 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K4"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT23"
      Và tiêu chí "TT23.D7.K4" là "chưa đạt"
      Và kết quả năm là "chưa đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và kết quả năm là "không áp dụng"

    Kịch bản: Doanh nghiệp đạt theo Thông tư 23 thì chưa đạt nếu xét giả định theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì kết quả năm là "đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT124"
      Và kết quả năm là "chưa đạt"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả  |
        | TT124.D1.K2.b  | đạt      |
        | TT124.D6.K1.p1 | chưa đạt |
        | TT124.D6.K1.p2 | đạt      |
        | TT124.D6.K1.p3 | chưa đạt |
        | TT124.D6.K1.p4 | chưa đạt |
        | TT124.D6.K1.p5 | chưa đạt |
        | TT124.D6.K2    | đạt      |
        | TT124.D6.K3.a  | đạt      |
        | TT124.D6.K3.g  | đạt      |
        | TT124.D6.K3.h  | đạt      |
        | TT124.D6.K4    | chưa đạt |
        | TT124.D6.K5    | chưa đạt |
      Và lý do của tiêu chí "TT124.D6.K5" nêu "Chưa ghi nhận đầu mối trực thuộc nào"

    @TT23.D7.K1 @TT124.D6.K1.p3
    Kịch bản: Nội quy về bốn nội dung đạt theo Thông tư 23 nhưng thiếu hai nội dung theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "đạt"
      Và tiêu chí "TT23.D7.K1" dựa trên dữ kiện "noi-quy-fire-prevention"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p3" nêu "an toàn lao động, bảo vệ môi trường"
      Và tiêu chí "TT124.D6.K1.p3" dựa trên dữ kiện "noi-quy-fire-prevention"

    @TT23.D7.K1 @TT124.D6.K1.p4
    Kịch bản: Ký cam kết giao ước thi đua mà không phổ biến, quán triệt thì đạt theo Thông tư 23, chưa đạt theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K1.p4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p4" nêu "Chưa phổ biến, quán triệt cho 100% cán bộ, công chức, viên chức, người lao động"

    @TT23.D7.K1 @TT124.D6.K1.p4
    Kịch bản: Phổ biến, quán triệt cho 100% mà không ký cam kết thì chưa đạt theo Thông tư 23, đạt theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "20/02/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "05/01/2021"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 420 người lao động ngày "10/03/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K1" nêu "mới 0/420 người ký cam kết giao ước thi đua"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K1.p4" là "đạt"

    @TT23.D7.K1 @TT124.D6.K1.p2
    Kịch bản: Đăng ký phấn đấu trong tháng 4 thì đạt theo Thông tư 23 (không có mốc quý), chưa đạt theo Thông tư 124 (quá quý I)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "15/04/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 420 người, ngày "10/03/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "đạt"
      Và kết quả năm là "đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "đăng ký ngày 15/04/2021 ngoài hạn"

    @TT23.D7.K2 @TT124.D6.K1.p5 @TT124.D6.K2
    Kịch bản: Mô hình tự quản chưa được đánh giá thì đạt theo Thông tư 23, chưa đạt theo Thông tư 124; kế hoạch phối hợp không cần số hoạt động tối thiểu
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p5" nêu "chưa được đánh giá trong kỳ"
      Và tiêu chí "TT124.D6.K2" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K2" nêu "Không có đánh giá nào cho thấy chưa thực hiện đầy đủ"

    @TT23.D7.K3 @TT124.D6.K3.a
    Kịch bản: Tuyên truyền tôn giáo trái pháp luật không thuộc danh mục của Thông tư 23 nhưng thuộc điểm a khoản 3 Điều 6 Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật" ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "đạt"
      Và kết quả năm là "đạt"
      Và kết quả năm không được đánh dấu tạm thời
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K3.a" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D6.K3.a" không được đánh dấu tạm thời

    @TT23.D7.K3 @TT124.D6.K3.dd
    Kịch bản: Mất trộm tài sản có giá trị lớn làm chưa đạt theo Thông tư 23; theo Thông tư 124 điểm đ chưa kết luận cho đến khi vụ việc được phân loại lại
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "cần phân loại lại theo Thông tư 124"
      Và tiêu chí "TT124.D6.K3.g" là "đạt"

    @TT124.D6.K3.dd
    Kịch bản: Vụ mất trộm trong kỳ đánh giá năm 2022 còn ghi theo loại của Thông tư 23 thì kết quả năm 2022 chưa kết luận
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/03/2022"
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và tiêu chí "TT124.D6.K3.dd" là "chưa kết luận"
      Và kết quả năm là "chưa kết luận"

    @TT124.D6.K3.dd
    Kịch bản: Vụ mất trộm trong kỳ đánh giá năm 2022 được phân loại lại thành tội phạm nghiêm trọng thì kết quả năm 2022 chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/03/2022", mã dữ kiện "VV-TROM"
      Và dữ kiện "VV-TROM" được phân loại lại thành vụ "tội phạm", mức độ "nghiêm trọng", lý do "Tài sản bị trộm trị giá 300 triệu đồng"
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

    @TT23.D7.K3 @TT124.D6.K3.b @TT124.D6.K3.c @TT124.D6.K3.e
    Khung kịch bản: Vụ "<loại vụ việc>" làm chưa đạt theo Thông tư 23; theo Thông tư 124 điểm <điểm> chưa kết luận
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "<loại vụ việc>" ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "<tiêu chí>" là "chưa kết luận"
      Và lý do của tiêu chí "<tiêu chí>" nêu "cần phân loại lại theo Thông tư 124"

      Dữ liệu:
        | loại vụ việc                           | điểm | tiêu chí      |
        | khiếu kiện đông người (Thông tư 23)    | b    | TT124.D6.K3.b |
        | khiếu kiện đông người (Thông tư 23)    | c    | TT124.D6.K3.c |
        | lộ, lọt bí mật công nghệ (Thông tư 23) | e    | TT124.D6.K3.e |

    @TT23.D7.K3 @TT124.D6.K3.g
    Kịch bản: Vụ cháy nhỏ làm chưa đạt theo Thông tư 23 nhưng không làm chưa đạt theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "cháy, nổ", mức độ "ít nghiêm trọng" ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"

    @TT124.D8.K1
    Kịch bản: Tiêu chí bổ sung của tỉnh chỉ được xét theo Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Và Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "TV.QD01-2012.1" từ ngày "01/01/2012": tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT23"
      Và kết quả năm là "đạt"
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và tiêu chí "TV.QD01-2012.1" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

  Quy tắc: Đánh giá giả định theo một Thông tư khác
    Theo yêu cầu, một năm có thể được đánh giá theo văn bản khác văn bản có hiệu lực; kết quả nêu
    rõ văn bản đã dùng và dùng kỳ đánh giá của văn bản đó. Tên văn bản không có trong sổ quy tắc
    thì việc đánh giá báo lỗi.

    @TT124.D8.K2.b
    Kịch bản: Đánh giá năm 2021 theo Thông tư 124 dùng kỳ đánh giá của Thông tư 124
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 theo Thông tư 124 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT124"
      Và kỳ đánh giá là từ ngày "16/11/2020" đến ngày "15/11/2021"

    Kịch bản: Đánh giá năm 2021 theo Thông tư 23 cho cùng kết quả như văn bản có hiệu lực
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 theo Thông tư 23 tính đến hết ngày "31/12/2021"
      Thì kết quả được đánh giá theo "TT23"
      Và kỳ đánh giá là từ ngày "01/01/2021" đến ngày "31/12/2021"
      Và kết quả năm là "đạt"

    @TT23.D7.K1
    Kịch bản: Doanh nghiệp đạt năm 2022 theo Thông tư 124 thì chưa đạt nếu xét giả định theo Thông tư 23
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2022
      Khi đánh giá năm 2022 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT124"
      Và kết quả năm là "đạt"
      Khi đánh giá năm 2022 theo Thông tư 23 tính đến hết ngày "31/12/2022"
      Thì kết quả được đánh giá theo "TT23"
      Và kỳ đánh giá là từ ngày "01/01/2022" đến ngày "31/12/2022"
      Và tiêu chí "TT23.D7.K1" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K1" nêu "mới 0/420 người ký cam kết giao ước thi đua"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Đánh giá theo một Thông tư không có trong sổ quy tắc thì báo lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 theo Thông tư 48 tính đến hết ngày "31/12/2024"
      Thì việc đánh giá báo lỗi "unknown rulebook 'TT48'"
