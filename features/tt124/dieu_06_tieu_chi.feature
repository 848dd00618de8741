# language: vi
Tính năng: Điều 6 — Các tiêu chí đối với cơ quan, doanh nghiệp
  Thông tư 124/2021/TT-BCA, Điều 6 (văn bản gốc, có hiệu lực từ 10/02/2022). Mỗi quy tắc dưới đây
  là một tiêu chí, gắn thẻ mã điều khoản, kèm lời diễn giải của nhóm (không phải nguyên văn Thông
  tư) và trạng thái văn bản. Cách hiểu của nhóm ở chỗ văn bản chưa nói rõ là một tham số có tên
  (regulation/data/interpretation.toml); kết quả ghi lại tham số nào khác mặc định.
  "Một doanh nghiệp" là đơn vị mẫu: Điện lực Trà Vinh, doanh nghiệp nhà nước, mã số thuế
  2100000001, quy mô lớn, có tổ chức Đảng, 420 người lao động, có lực lượng bảo vệ và bốn đầu mối
  trực thuộc (ba phòng, một đội). Tên này chỉ dùng làm ví dụ: đặc tả giả định đơn vị mẫu là một
  doanh nghiệp được tỉnh xét như một đơn vị, không xét tư cách pháp lý thật của đơn vị cùng tên
  (có thể là chi nhánh hạch toán phụ thuộc). "Đáp ứng đầy đủ các tiêu chí năm Y" ghi vào sổ các dữ kiện liệt
  kê trong features/README.md; "trừ tiêu chí X" bỏ riêng các dữ kiện của tiêu chí X.
  Kỳ đánh giá năm Y: từ 16/11 năm Y-1 đến 15/11 năm Y (TT124.D8.K2.b). Quý I: từ 01/01 đến 31/03
  năm Y. "Đánh giá năm Y tính đến hết ngày D" xét mọi việc xảy ra đến hết ngày D.

  @TT124.D8.K1
  Quy tắc: Lời dẫn Điều 6 và khoản 1 Điều 8 — chỉ đạt khi đạt đủ các tiêu chí
    Cơ quan, doanh nghiệp chỉ được công nhận khi đạt tất cả các tiêu chí của Điều 6; khoản 1 Điều 8
    cho phân loại đạt hay chưa đạt theo mức độ đạt các tiêu chí đó, cộng với tiêu chí bổ sung mà Ủy
    ban nhân dân cấp tỉnh có thể đặt thêm. Một tiêu chí (kể cả tiêu chí bổ sung của tỉnh) chưa đạt
    thì kết quả năm chưa đạt; khi còn tiêu chí chưa kết luận và không có tiêu chí nào chưa đạt thì
    kết quả năm chưa kết luận.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Đạt đủ tất cả các tiêu chí thì kết quả năm đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả |
        | TT124.D1.K2.b  | đạt     |
        | TT124.D6.K1.p1 | đạt     |
        | TT124.D6.K1.p2 | đạt     |
        | TT124.D6.K1.p3 | đạt     |
        | TT124.D6.K1.p4 | đạt     |
        | TT124.D6.K1.p5 | đạt     |
        | TT124.D6.K2    | đạt     |
        | TT124.D6.K3.a  | đạt     |
        | TT124.D6.K3.b  | đạt     |
        | TT124.D6.K3.c  | đạt     |
        | TT124.D6.K3.d  | đạt     |
        | TT124.D6.K3.dd | đạt     |
        | TT124.D6.K3.e  | đạt     |
        | TT124.D6.K3.g  | đạt     |
        | TT124.D6.K3.h  | đạt     |
        | TT124.D6.K4    | đạt     |
        | TT124.D6.K5    | đạt     |
      Và kết quả năm không được đánh dấu tạm thời
      Và kết quả của tiêu chí "TT124.D6.K4" theo cách hiểu mặc định

    Khung kịch bản: Chỉ một tiêu chí chưa đạt (<tiêu chí>) thì kết quả năm chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "<tiêu chí>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "<tiêu chí>" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | tiêu chí       |
        | TT124.D6.K1.p1 |
        | TT124.D6.K1.p2 |
        | TT124.D6.K1.p3 |
        | TT124.D6.K1.p4 |
        | TT124.D6.K1.p5 |
        | TT124.D6.K4    |

    Kịch bản: Kỳ đánh giá còn mở và chưa có tiêu chí nào chưa đạt thì kết quả năm chưa kết luận
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và tiêu chí "TT124.D6.K3.g" là "chưa kết luận"
      Và kết quả năm là "chưa kết luận"

    Kịch bản: Một tiêu chí đã chưa đạt thì kết quả năm chưa đạt dù kỳ đánh giá còn mở
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa đạt"
      Và tiêu chí "TT124.D6.K3.g" là "chưa kết luận"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Vụ việc chưa được phân loại thì kết quả năm chưa kết luận dù kỳ đánh giá đã kết thúc
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa kết luận"
      Và kết quả năm là "chưa kết luận"

    Kịch bản: Quyết định công nhận đơn vị đạt đủ các tiêu chí thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Công nhận đơn vị có một tiêu chí chưa đạt là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" viện dẫn "TT124.D8.K1"
      Và phát hiện "recognised_against_record" nêu "TT124.D6.K1.p4 (chưa đạt)"
      Và phát hiện "recognised_against_record" dựa trên dữ kiện "qd"

    Khung kịch bản: Quyết định <quyết định> năm 2024 khi tiêu chí "<tiêu chí>" chưa đạt hay đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024<trừ>
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định <quyết định> năm 2024 ngày "19/11/2024", mã dữ kiện "qd"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>

      Dữ liệu:
        | quyết định      | tiêu chí       | trừ                             | phát hiện                                            |
        | công nhận       | TT124.D6.K1.p4 | , trừ tiêu chí "TT124.D6.K1.p4" | có phát hiện "recognised_against_record" mức "lỗi"   |
        | không công nhận | TT124.D6.K1.p4 | , trừ tiêu chí "TT124.D6.K1.p4" | không có phát hiện nào                               |
        | không công nhận | không có       |                                 | có phát hiện "refused_against_record" mức "cảnh báo" |

    Kịch bản: Tiêu chí bổ sung của Ủy ban nhân dân tỉnh chưa đạt thì kết quả năm chưa đạt dù đạt đủ các tiêu chí của Điều 6
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "TV.QD05-2023.1" từ ngày "01/01/2023": tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TV.QD05-2023.1" là "chưa đạt"
      Và tiêu chí "TT124.D6.K5" là "đạt"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Ngày hội toàn dân bảo vệ an ninh Tổ quốc tổ chức ngày <ngày tổ chức>, tiêu chí bổ sung của tỉnh <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "TV.QD05-2023.1" từ ngày "01/01/2023": tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá
      Và doanh nghiệp đã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc, 350 người tham dự, ngày "<ngày tổ chức>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TV.QD05-2023.1" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày tổ chức | kết quả  |
        | 15/11/2023   | chưa đạt |
        | 16/11/2023   | đạt      |
        | 15/11/2024   | đạt      |
        | 16/11/2024   | chưa đạt |

    Kịch bản: Tiêu chí bổ sung của tỉnh đặt sau ngày cuối kỳ đánh giá thì không xét cho năm đó
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "TV.QD09-2024.1" từ ngày "16/11/2024": tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"
      Và kết quả không có tiêu chí "TV.QD09-2024.1"

  @TT124.D6.K1.p1
  Quy tắc: Quý I, tổ chức Đảng có nghị quyết về công tác bảo đảm an ninh, trật tự
    Khoản 1 Điều 6, ý thứ nhất: trong quý I của năm, tổ chức Đảng của đơn vị có nghị quyết chuyên
    đề riêng về công tác bảo đảm an ninh, trật tự, hoặc lồng ghép công tác này trong nghị quyết
    lãnh đạo, chỉ đạo hằng năm của mình; chỉ đặt ra đối với nơi có tổ chức Đảng, nên đơn vị không
    có tổ chức Đảng thì ý này không áp dụng. Cách hiểu của nhóm (chưa là tham số có tên): nghị
    quyết về năm Y phải được ban hành trong quý I năm Y (01/01 đến 31/03); nghị quyết về năm Y ban
    hành từ tháng 12 năm trước không được tính. Sổ chỉ ghi hình thức nghị quyết, không ghi nội
    dung, nên nghị quyết hằng năm "lồng ghép" được hiểu là có nội dung bảo đảm an ninh, trật tự.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết chuyên đề ban hành ngày <ngày ban hành>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề riêng về công tác bảo đảm an ninh, trật tự năm 2024 ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/01/2024    | đạt      |
        | 31/03/2024    | đạt      |
        | 01/04/2024    | chưa đạt |
        | 31/12/2023    | chưa đạt |

    Kịch bản: Công tác bảo đảm an ninh, trật tự được lồng ghép trong nghị quyết lãnh đạo, chỉ đạo hằng năm ban hành trong quý I thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã lồng ghép công tác bảo đảm an ninh, trật tự năm 2024 trong nghị quyết lãnh đạo, chỉ đạo hằng năm ngày "31/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p1" nêu "lãnh đạo, chỉ đạo hằng năm"

    Khung kịch bản: Chưa có nghị quyết, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

    Kịch bản: Trong quý I, tiêu chí chưa kết luận với hạn là ngày cuối quý
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "15/02/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa kết luận"
      Và tiêu chí "TT124.D6.K1.p1" có hạn hoàn thành "31/03/2024"

    Kịch bản: Đơn vị không có tổ chức Đảng thì tiêu chí không áp dụng và vẫn có thể đạt
      Biết doanh nghiệp "Công ty TNHH Thủy sản Duyên Hải" có mã số thuế "2100000002", quy mô "vừa", không có tổ chức Đảng, 150 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "không áp dụng"
      Và kết quả năm là "đạt"

    Kịch bản: Nghị quyết đã bị rút lại thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề riêng về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/01/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã bị rút lại, lý do "Ghi nhầm nghị quyết của đơn vị khác"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa đạt"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

    Kịch bản: Dữ kiện thay thế được tính thay cho dữ kiện ghi sai ngày
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề riêng về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/04/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã được thay thế bằng dữ kiện "NQ-2024-DC" ghi ngày "15/03/2024", lý do "Ghi nhầm tháng ban hành"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và tiêu chí "TT124.D6.K1.p1" dựa trên dữ kiện "NQ-2024-DC"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

  @TT124.D6.K1.p2
  Quy tắc: Có kế hoạch bảo đảm an ninh, trật tự của năm và bản đăng ký phấn đấu đạt tiêu chuẩn
    Khoản 1 Điều 6, ý thứ hai: đơn vị phải lập kế hoạch bảo đảm an ninh, trật tự của năm và gửi bản
    đăng ký phấn đấu đạt tiêu chuẩn. Cách hiểu đang dùng (tham số p2_timing = "q1"): kế hoạch và
    bản đăng ký của năm Y đều phải có trong quý I năm Y, vì ở khoản 1 Điều 4 và khoản 1 Điều 7,
    nghị quyết, kế hoạch và đăng ký được nối bằng dấu phẩy trong cùng vế mở đầu bằng "Quý I hằng
    năm", và hồ sơ đăng ký (điểm a khoản 2 Điều 9) gồm đúng ba giấy tờ này; các ý còn lại (nội
    quy, phổ biến, mô hình) được xét trong cả kỳ đánh giá. Với "window" thì chỉ cần có trong kỳ
    đánh giá.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kế hoạch ngày <ngày kế hoạch>, đăng ký ngày <ngày đăng ký>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "<ngày kế hoạch>"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "<ngày đăng ký>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày kế hoạch | ngày đăng ký | kết quả  |
        | 15/02/2024    | 31/03/2024   | đạt      |
        | 31/03/2024    | 01/01/2024   | đạt      |
        | 01/04/2024    | 15/02/2024   | chưa đạt |
        | 15/02/2024    | 01/04/2024   | chưa đạt |

    Kịch bản: Theo cách hiểu "trong quý I", kế hoạch ban hành từ tháng 12 năm trước không được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "28/12/2023"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "kế hoạch ngày 28/12/2023 ngoài hạn"

    Kịch bản: Theo cách hiểu "trong kỳ đánh giá", kế hoạch ban hành tháng 4 vẫn được tính và kết quả ghi cách hiểu đó
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và địa phương áp dụng cách hiểu "p2_timing" là "window"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/04/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K1.p2" ghi cách hiểu "p2_timing" là "window"

    Kịch bản: Có kế hoạch nhưng không đăng ký phấn đấu thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "chưa đăng ký phấn đấu đạt tiêu chuẩn"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Chưa có kế hoạch và đăng ký, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

  @TT124.D6.K1.p3
  Quy tắc: Có nội quy, quy định về sáu nội dung, phù hợp với tình hình thực tiễn và pháp luật
    Khoản 1 Điều 6, ý thứ ba: đơn vị phải có nội quy, quy định còn hiệu lực cho từng nội dung trong
    sáu nội dung (bảo vệ bí mật Nhà nước; an toàn lao động; bảo vệ cơ quan, doanh nghiệp; bảo vệ
    môi trường; bảo vệ chính trị nội bộ; phòng, chống cháy nổ), và các nội quy này phải sát với
    tình hình thực tiễn của đơn vị, đúng pháp luật. Một văn bản có thể bao quát nhiều nội dung;
    nội quy ban hành từ những năm trước mà còn hiệu lực vẫn được tính.
    Văn bản không nói nội quy phải có từ ngày nào. Cách hiểu đang dùng (tham số standing_duties =
    "on_reference_day"): nội quy được xét tại ngày tham chiếu (ngày đánh giá, không muộn hơn ngày
    cuối kỳ 15/11), nên nội quy ban hành ngày 15/11 vẫn được tính và một khoảng hở giữa kỳ không
    làm chưa đạt. Với "from_q1_end": mỗi nội dung phải có nội quy còn hiệu lực liên tục từ ngày
    31/3 năm Y đến ngày tham chiếu; một khoảng hở (nội quy bị bãi bỏ rồi mới ban hành lại) là
    chưa đạt, và chưa đạt ngay khi khoảng hở đã xảy ra vì không còn khắc phục được. Kết quả ghi
    cách hiểu đã dùng.
    Việc nội quy có phù hợp với tình hình thực tiễn hay không do hội nghị đánh giá kết luận, không
    suy ra từ sổ: kết luận gần nhất về năm đó nói "không phù hợp" thì chưa đạt.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nội quy về đủ sáu nội dung ban hành ngày <ngày ban hành>, theo cách hiểu mặc định
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.K1.p3" theo cách hiểu mặc định

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/06/2020    | đạt      |
        | 01/04/2024    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Nội quy về đủ sáu nội dung ban hành ngày <ngày ban hành>, theo cách hiểu "có từ ngày 31/3"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Và địa phương áp dụng cách hiểu "standing_duties" là "from_q1_end"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.K1.p3" ghi cách hiểu "standing_duties" là "from_q1_end"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/06/2020    | đạt      |
        | 31/03/2024    | đạt      |
        | 01/04/2024    | chưa đạt |
        | 15/11/2024    | chưa đạt |

    Khung kịch bản: Nội quy về bảo vệ môi trường bị bãi bỏ ngày 01/06/2024 và ban hành lại ngày <ngày ban hành lại>, theo cách hiểu "<cách hiểu>"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "standing_duties" là "<cách hiểu>"
      Nhưng nội quy về "bảo vệ môi trường" đã bị bãi bỏ ngày "01/06/2024"
      Và doanh nghiệp đã ban hành nội quy về "bảo vệ môi trường" ngày "<ngày ban hành lại>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | cách hiểu        | ngày ban hành lại | kết quả  |
        | on_reference_day | 01/07/2024        | đạt      |
        | from_q1_end      | 01/07/2024        | chưa đạt |
        | from_q1_end      | 02/06/2024        | chưa đạt |
        | from_q1_end      | 01/06/2024        | đạt      |

    Kịch bản: Theo cách hiểu "có từ ngày 31/3", lý do nêu ngày nội quy bị hở
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "standing_duties" là "from_q1_end"
      Nhưng nội quy về "bảo vệ môi trường" đã bị bãi bỏ ngày "01/06/2024"
      Và doanh nghiệp đã ban hành nội quy về "bảo vệ môi trường" ngày "01/07/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p3" nêu "bảo vệ môi trường (ngày 01/06/2024)"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Nội quy ban hành ngày 01/04/2024, đánh giá giữa kỳ ngày 30/06/2024 theo cách hiểu "<cách hiểu>"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Và địa phương áp dụng cách hiểu "standing_duties" là "<cách hiểu>"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "01/04/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | cách hiểu        | kết quả  |
        | on_reference_day | đạt      |
        | from_q1_end      | chưa đạt |

    Khung kịch bản: Nội quy về "<nội dung>" bị bãi bỏ trong kỳ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "<nội dung>" đã bị bãi bỏ ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p3" nêu "<nội dung>"

      Dữ liệu:
        | nội dung                     |
        | an toàn lao động             |
        | bảo vệ cơ quan, doanh nghiệp |
        | phòng, chống cháy nổ         |
        | bảo vệ bí mật Nhà nước       |
        | bảo vệ môi trường            |
        | bảo vệ chính trị nội bộ      |

    Khung kịch bản: Nội quy về bảo vệ môi trường bị bãi bỏ ngày <ngày bãi bỏ>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "bảo vệ môi trường" đã bị bãi bỏ ngày "<ngày bãi bỏ>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày bãi bỏ | kết quả  |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Kịch bản: Hội nghị đánh giá kết luận nội quy về phòng, chống cháy nổ không phù hợp với tình hình thực tiễn thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận nội quy về "phòng, chống cháy nổ" không phù hợp với tình hình thực tiễn của đơn vị năm 2024 ngày "10/11/2024": "Chưa cập nhật phương án chữa cháy cho trạm biến áp mới"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p3" nêu "Nội quy về phòng, chống cháy nổ không phù hợp với tình hình thực tiễn của đơn vị"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Kết luận "không phù hợp" ngày 01/10/2024, rồi kết luận <kết luận sau> ngày 10/11/2024
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận nội quy về "phòng, chống cháy nổ" không phù hợp với tình hình thực tiễn của đơn vị năm 2024 ngày "01/10/2024"
      Và hội nghị đánh giá kết luận nội quy về "phòng, chống cháy nổ" <kết luận sau> với tình hình thực tiễn của đơn vị năm 2024 ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | kết luận sau    | kết quả  |
        | phù hợp         | đạt      |
        | không phù hợp   | chưa đạt |

    Kịch bản: Kết luận "không phù hợp" về năm trước không được tính cho năm nay
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận nội quy về "phòng, chống cháy nổ" không phù hợp với tình hình thực tiễn của đơn vị năm 2023 ngày "20/11/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "đạt"

    Khung kịch bản: Chưa có nội quy, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  @TT124.D6.K1.p4
  Quy tắc: Toàn bộ người của đơn vị được phổ biến, quán triệt nội quy, quy định và bộ tiêu chí
    Khoản 1 Điều 6, ý thứ tư: mọi cán bộ, công chức, viên chức, người lao động của đơn vị (đủ
    100%) phải được phổ biến, quán triệt hai nội dung: các nội quy, quy định ở ý thứ ba, và bộ
    tiêu chí cơ quan, doanh nghiệp "An toàn về an ninh, trật tự". Cách hiểu đang dùng (tham số
    p4_denominator = "peak_headcount"): tỷ lệ tính trên số người cao nhất trong kỳ đánh giá.
    Cách hiểu của nhóm (chưa là tham số có tên): chỉ tính các buổi phổ biến trong kỳ đánh giá (việc
    phổ biến phải làm lại mỗi năm); số người của các buổi được cộng dồn theo từng nội dung, tức là
    đếm lượt người dự, vì sổ không ghi danh sách người dự. Văn bản đòi 100% số người, không phải
    số lượt: một người dự hai buổi vẫn chỉ là một người, nên các buổi phải dành cho những nhóm
    người khác nhau, và hội nghị đánh giá đối chiếu danh sách khi nghi ngờ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phổ biến cho <số người> trên 420 người lao động (<tỷ lệ>)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho <số người> người lao động ngày "10/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | số người | tỷ lệ | kết quả  |
        | 420      | 100%  | đạt      |
        | 419      | 99%   | chưa đạt |

    Kịch bản: Hai buổi phổ biến cho hai nhóm người lao động khác nhau (300 và 120 người) cộng lại đủ 100%
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 300 người lao động ngày "10/03/2024"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 120 người lao động ngày "12/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p4" nêu "100% cán bộ, công chức, viên chức, người lao động (420 người)"

    Khung kịch bản: Chỉ phổ biến <nội dung phổ biến> thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt <nội dung phổ biến> cho 420 người lao động ngày "10/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "chưa đạt"

      Dữ liệu:
        | nội dung phổ biến |
        | nội quy, quy định |
        | tiêu chí          |

    Khung kịch bản: Buổi phổ biến ngày <ngày phổ biến>, sát ngày cuối kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 420 người lao động ngày "<ngày phổ biến>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày phổ biến | kết quả  |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Kịch bản: Số người lao động tăng trong kỳ thì 100% tính trên số cao nhất
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 420 người lao động ngày "10/03/2024"
      Và doanh nghiệp có 450 người lao động từ ngày "01/07/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p4" nêu "420/450"

    Khung kịch bản: Chưa phổ biến, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  @TT124.D6.K1.p5
  Quy tắc: Ít nhất một mô hình của phong trào toàn dân bảo vệ an ninh Tổ quốc được đánh giá hoạt động hiệu quả
    Khoản 1 Điều 6, ý thứ năm: đơn vị phải có từ một mô hình trở lên thuộc phong trào toàn dân bảo
    vệ an ninh Tổ quốc, và mô hình đó phải được đánh giá là hoạt động hiệu quả. "Hiệu quả" là đánh
    giá do người có thẩm quyền ghi nhận; lần đánh giá gần nhất trong kỳ đánh giá quyết định; mô
    hình đã giải thể không được tính.
    Văn bản không nói mô hình phải có từ ngày nào. Cách hiểu đang dùng (tham số standing_duties =
    "on_reference_day", chung với ý thứ ba): mô hình còn hoạt động tại ngày tham chiếu và có lần
    đánh giá gần nhất trong kỳ là hiệu quả thì đạt, dù mới thành lập cuối kỳ. Với "from_q1_end":
    chỉ mô hình đã thành lập đến hết ngày 31/3 năm Y và chưa giải thể đến ngày tham chiếu mới được
    tính; khi không còn mô hình nào như vậy thì chưa đạt ngay. Kết quả ghi cách hiểu đã dùng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Mô hình được đánh giá hoạt động hiệu quả thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "đạt"

    Kịch bản: Mô hình được đánh giá chưa hiệu quả thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"

    Kịch bản: Lần đánh giá sau "chưa hiệu quả" thay cho lần đánh giá trước "hiệu quả"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "05/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"

    Khung kịch bản: Mô hình được đánh giá hiệu quả ngày <ngày đánh giá hiệu quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "01/09/2023"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "<ngày đánh giá hiệu quả>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá hiệu quả | kết quả  |
        | 15/11/2023             | chưa đạt |
        | 16/11/2023             | đạt      |
        | 15/11/2024             | đạt      |
        | 16/11/2024             | chưa đạt |

    Kịch bản: Mô hình đã giải thể thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" đã giải thể ngày "01/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p5" nêu "đã giải thể ngày 01/11/2024"

    Khung kịch bản: Mô hình chưa được đánh giá, đánh giá năm tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

    Khung kịch bản: Mô hình thành lập ngày 01/11/2024, được đánh giá hiệu quả ngày 05/11/2024, theo cách hiểu "<cách hiểu>"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và địa phương áp dụng cách hiểu "standing_duties" là "<cách hiểu>"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "01/11/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "05/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | cách hiểu        | kết quả  |
        | on_reference_day | đạt      |
        | from_q1_end      | chưa đạt |

    Khung kịch bản: Theo cách hiểu "có từ ngày 31/3", mô hình thành lập ngày <ngày thành lập> thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và địa phương áp dụng cách hiểu "standing_duties" là "from_q1_end"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "<ngày thành lập>"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.K1.p5" ghi cách hiểu "standing_duties" là "from_q1_end"

      Dữ liệu:
        | ngày thành lập | kết quả  |
        | 31/03/2024     | đạt      |
        | 01/04/2024     | chưa đạt |

    Kịch bản: Theo cách hiểu "có từ ngày 31/3", lý do nêu mô hình thành lập sau quý I
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và địa phương áp dụng cách hiểu "standing_duties" là "from_q1_end"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "01/11/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "05/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p5" nêu "xây dựng ngày 01/11/2024, sau quý I"

    Khung kịch bản: Mô hình cũ giải thể ngày 01/09/2024, mô hình mới thành lập ngày 02/09/2024, theo cách hiểu "<cách hiểu>"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và địa phương áp dụng cách hiểu "standing_duties" là "<cách hiểu>"
      Và doanh nghiệp đã xây dựng mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" ngày "10/01/2020"
      Nhưng mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" đã giải thể ngày "01/09/2024"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "02/09/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | cách hiểu        | kết quả  |
        | on_reference_day | đạt      |
        | from_q1_end      | chưa đạt |

    Khung kịch bản: Theo cách hiểu "có từ ngày 31/3", mô hình thành lập ngày 01/04/2024, đánh giá giữa kỳ ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và địa phương áp dụng cách hiểu "standing_duties" là "from_q1_end"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "01/04/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 31/03/2024    | chưa kết luận |
        | 30/06/2024    | chưa đạt      |

  @TT124.D6.K2
  Quy tắc: Thực hiện đầy đủ chủ trương, chính sách, pháp luật, quy định của địa phương và các văn bản phối hợp với lực lượng Công an (nếu có)
    Khoản 2 Điều 6: đơn vị phải thực hiện đầy đủ các yêu cầu về bảo đảm an ninh, trật tự: chính
    sách, pháp luật của Nhà nước; chủ trương, đường lối của Đảng; quy định của địa phương; và, nếu
    đơn vị có, các văn bản phối hợp (quy chế, chương trình, kế hoạch) đã ký với lực lượng Công an. Văn
    bản không đòi phải có văn bản phối hợp, cũng không đòi số hoạt động tối thiểu: không có văn
    bản phối hợp không phải là chưa đạt. "Đầy đủ" là kết luận của hội nghị đánh giá hoặc cơ quan thẩm định. Cách hiểu đang
    dùng (tham số implementation_evidence = "no_contrary_finding"): khi kỳ đánh giá đã kết thúc mà
    không có kết luận nào là chưa thực hiện đầy đủ thì đạt; với "positive_assessment" thì chỉ đạt
    khi có kết luận đã thực hiện đầy đủ. Văn bản, hoạt động phối hợp với lực lượng Công an được nêu
    làm căn cứ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Không có văn bản phối hợp nào và không có kết luận chưa thực hiện đầy đủ thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K2" nêu "không có văn bản phối hợp với lực lượng Công an"
      Và kết quả năm là "đạt"

    Kịch bản: Có quy chế phối hợp với lực lượng Công an thì được nêu làm căn cứ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký quy chế phối hợp với lực lượng Công an ngày "20/01/2024", mã dữ kiện "QC-PH"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"
      Và tiêu chí "TT124.D6.K2" dựa trên dữ kiện "QC-PH"

    Kịch bản: Hội nghị đánh giá kết luận chưa thực hiện đầy đủ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận đơn vị chưa thực hiện đầy đủ tiêu chí "TT124.D6.K2" năm 2024 ngày "10/11/2024": "Chưa thực hiện kế hoạch phối hợp tuần tra bảo vệ lưới điện"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K2" nêu "Chưa thực hiện kế hoạch phối hợp tuần tra bảo vệ lưới điện"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Kết luận sau thay cho kết luận trước của cùng năm
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận đơn vị chưa thực hiện đầy đủ tiêu chí "TT124.D6.K2" năm 2024 ngày "01/10/2024": "Chưa triển khai quy định mới của tỉnh"
      Và hội nghị đánh giá kết luận đơn vị đã thực hiện đầy đủ tiêu chí "TT124.D6.K2" năm 2024 ngày "10/11/2024": "Đã khắc phục"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"

    Kịch bản: Kết luận về năm trước không được tính cho năm nay
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận đơn vị chưa thực hiện đầy đủ tiêu chí "TT124.D6.K2" năm 2023 ngày "20/11/2023": "Chưa thực hiện quy chế phối hợp"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"

    Khung kịch bản: Chưa có kết luận, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

    Kịch bản: Theo cách hiểu "cần kết luận đã thực hiện đầy đủ", không có kết luận thì chưa đạt dù có quy chế phối hợp
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "implementation_evidence" là "positive_assessment"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D6.K2" ghi cách hiểu "implementation_evidence" là "positive_assessment"

    Kịch bản: Theo cách hiểu "cần kết luận đã thực hiện đầy đủ", có kết luận đã thực hiện đầy đủ thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "implementation_evidence" là "positive_assessment"
      Và hội nghị đánh giá kết luận đơn vị đã thực hiện đầy đủ tiêu chí "TT124.D6.K2" năm 2024 ngày "10/11/2024": "Đã thực hiện đầy đủ quy chế phối hợp"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K2" ghi cách hiểu "implementation_evidence" là "positive_assessment"

  @TT124.D6.K3.a
  Quy tắc: Không để xảy ra tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật
    Khoản 3 Điều 6, điểm a: trong kỳ đánh giá không để xảy ra việc tuyên truyền, phát triển tín
    ngưỡng, tôn giáo trái pháp luật. Vụ việc được tính theo ngày xảy ra; loại vụ việc do người ghi
    nhận phân loại theo đúng các điểm của khoản 3 (regulation/data/incident_points.toml). Như mọi
    điểm của khoản 3, chỉ tính vụ việc đã được ghi vào sổ của đơn vị, tức là đã được quy cho đơn
    vị (xảy ra tại đơn vị hoặc do người của đơn vị gây ra), kèm người kết luận.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Xảy ra tuyên truyền tôn giáo trái pháp luật thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.a" là "chưa đạt"
      Và tiêu chí "TT124.D6.K3.b" là "đạt"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Vụ việc xảy ra ngày <ngày xảy ra>, sát ranh giới kỳ đánh giá năm 2024
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.a" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: Không xảy ra vụ việc nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K3.a" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

    Kịch bản: Vụ việc ghi nhầm đã bị rút lại thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật" ngày "02/05/2024", mã dữ kiện "VV-2024-01"
      Nhưng dữ kiện "VV-2024-01" đã bị rút lại, lý do "Vụ việc ở đơn vị lân cận, ghi nhầm đơn vị"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.a" là "đạt"
      Và tiêu chí "TT124.D6.K3.a" không dựa trên dữ kiện "VV-2024-01"

  @TT124.D6.K3.b
  Quy tắc: Không để xảy ra việc lợi dụng tín ngưỡng, tôn giáo, dân tộc hoặc tranh chấp, khiếu kiện để gây phức tạp về an ninh, trật tự
    Khoản 3 Điều 6, điểm b: trong kỳ không có hoạt động nào dựa vào tín ngưỡng, tôn giáo, vấn đề
    dân tộc, hoặc dựa vào tranh chấp, khiếu kiện để làm tình hình an ninh, trật tự thêm phức tạp.
    Vụ "khiếu kiện đông người" ghi theo loại của Thông tư 23 chưa cho biết có bị lợi dụng hay
    kích động hay không (điểm b hay điểm c): cả hai điểm chưa kết luận cho đến khi vụ việc được
    phân loại lại theo Thông tư 124, kể cả khi kỳ đánh giá đã kết thúc.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" thì điểm b <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.b" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                                                     | kết quả       |
        | lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT | chưa đạt      |
        | khiếu kiện đông người (Thông tư 23)                                              | chưa kết luận |
        | mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân                    | đạt           |

    Khung kịch bản: Vụ lợi dụng tranh chấp, khiếu kiện xảy ra ngày <ngày xảy ra>, sát ranh giới kỳ đánh giá năm 2024
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.b" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: Chỉ có vụ khiếu kiện đông người ghi theo Thông tư 23, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K3.b" là "chưa kết luận"
      Và tiêu chí "TT124.D6.K3.c" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.b" nêu "cần phân loại lại theo Thông tư 124"
      Và kết quả năm là "chưa kết luận"

      Dữ liệu:
        | ngày đánh giá |
        | 14/11/2024    |
        | 15/11/2024    |
        | 31/12/2024    |

    Khung kịch bản: Vụ khiếu kiện đông người ghi theo Thông tư 23 được phân loại lại thành vụ "<loại mới>"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "01/06/2024", mã dữ kiện "VV-KK"
      Và dữ kiện "VV-KK" được phân loại lại thành vụ "<loại mới>", lý do "Công an tỉnh kết luận tính chất vụ việc"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.b" là "<điểm b>"
      Và tiêu chí "TT124.D6.K3.c" là "<điểm c>"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | loại mới                                                                               | điểm b   | điểm c   |
        | lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT       | chưa đạt | đạt      |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | đạt      | chưa đạt |

    Kịch bản: Vụ khiếu kiện đông người ghi theo Thông tư 23 được phân loại lại là không thuộc khoản 3 thì cả hai điểm đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "01/06/2024", mã dữ kiện "VV-KK"
      Và dữ kiện "VV-KK" được phân loại lại thành vụ "vụ việc khác", lý do "Khiếu nại đúng trình tự, không có kích động"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.b" là "đạt"
      Và tiêu chí "TT124.D6.K3.c" là "đạt"
      Và kết quả năm là "đạt"

  @TT124.D6.K3.c
  Quy tắc: Không để xảy ra việc kích động khiếu nại đông người, gây rối, dùng khiếu nại để tuyên truyền chống Nhà nước, hoặc vu khống, đe dọa người giải quyết khiếu nại, tố cáo
    Khoản 3 Điều 6, điểm c: không để xảy ra một trong các hành vi liên quan đến khiếu nại, tố cáo:
    lôi kéo, kích động, ép buộc hoặc mua chuộc người khác kéo đến khiếu nại đông người, gây rối an
    ninh, trật tự công cộng; xâm phạm lợi ích của Nhà nước; dùng việc khiếu nại làm công cụ tuyên
    truyền chống Nhà nước; bịa đặt, vu khống, đe dọa hoặc làm tổn hại uy tín, danh dự của người,
    cơ quan, tổ chức được giao giải quyết khiếu nại, tố cáo. Vụ "khiếu kiện đông người" ghi theo
    loại của Thông tư 23 làm điểm này chưa kết luận cho đến khi được phân loại lại (xem điểm b).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" thì điểm c <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.c" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                                                           | ngày xảy ra | kết quả       |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | 16/11/2023  | chưa đạt      |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | 15/11/2024  | chưa đạt      |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | 16/11/2024  | đạt           |
        | khiếu kiện đông người (Thông tư 23)                                                    | 01/06/2024  | chưa kết luận |
        | khiếu kiện đông người (Thông tư 23)                                                    | 16/11/2024  | đạt           |
        | mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân                          | 01/06/2024  | đạt           |

  @TT124.D6.K3.d
  Quy tắc: Không để xảy ra đình công, lãn công trái pháp luật
    Khoản 3 Điều 6, điểm d: chỉ đình công, lãn công đã được xác định là trái pháp luật mới làm
    chưa đạt; đình công đúng pháp luật không bị tính. Thư viện không tự suy ra tính trái pháp luật:
    vụ đình công chưa được xác định thì điểm này chưa kết luận.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Vụ đình công <xác định> thì điểm d <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "đình công, lãn công"<xác định> ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.d" là "<kết quả>"

      Dữ liệu:
        | xác định                                  | kết quả       |
        | , được xác định là trái pháp luật         | chưa đạt      |
        | , được xác định là không trái pháp luật   | đạt           |
        |                                           | chưa kết luận |

    Khung kịch bản: Đình công trái pháp luật xảy ra ngày <ngày xảy ra>, sát ranh giới kỳ đánh giá năm 2024
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "đình công, lãn công", được xác định là trái pháp luật ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.d" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

  @TT124.D6.K3.dd
  Quy tắc: Không để xảy ra tội phạm nghiêm trọng trở lên, trừ bất khả kháng hoặc khi đã phát hiện kịp thời, dùng đồng bộ biện pháp giảm thiểu hậu quả và báo cáo ngay
    Khoản 3 Điều 6, điểm đ: tội phạm từ loại nghiêm trọng trở lên (theo phân loại của Bộ luật Hình
    sự) làm chưa đạt, trừ trường hợp bất khả kháng; nếu tội phạm có xảy ra nhưng đơn vị đã phát
    hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, rồi báo ngay cho cấp có
    thẩm quyền xử lý thì vụ đó không bị tính. Văn bản nối ba việc bằng chữ "và": thiếu một trong
    ba việc (làm không đạt, hoặc sổ không ghi) thì vụ đó vẫn bị tính. Tội phạm ít nghiêm trọng
    không bị tính; tội phạm chưa được phân loại thì chưa kết luận.
    Vụ "mất trộm tài sản có giá trị lớn" ghi theo loại của Thông tư 23 có thể là tội phạm nghiêm
    trọng trở lên (tùy giá trị tài sản và khung hình phạt) nhưng sổ chưa ghi loại tội phạm: điểm đ
    chưa kết luận cho đến khi vụ việc được phân loại lại theo Thông tư 124 (ghi lại thành vụ "tội
    phạm" kèm mức độ), kể cả khi kỳ đánh giá đã kết thúc.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Tội phạm mức độ "<mức độ>" thì điểm đ <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "<mức độ>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "<kết quả>"

      Dữ liệu:
        | mức độ                | kết quả  |
        | ít nghiêm trọng       | đạt      |
        | nghiêm trọng          | chưa đạt |
        | rất nghiêm trọng      | chưa đạt |
        | đặc biệt nghiêm trọng | chưa đạt |

    Kịch bản: Tội phạm nghiêm trọng được phát hiện kịp thời, đơn vị đã dùng đồng bộ các biện pháp giảm thiểu hậu quả, rồi báo cáo ngay thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng", được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, đã báo cáo ngay cấp có thẩm quyền ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "1 vụ việc không tính"

    Khung kịch bản: Tội phạm nghiêm trọng mới có hai trong ba việc (<thiếu>) thì vẫn bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng"<xử lý> ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | thiếu                         | xử lý                                                                                                                        |
        | không phát hiện kịp thời      | , không được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, đã báo cáo ngay cấp có thẩm quyền     |
        | không giảm thiểu hậu quả      | , được phát hiện kịp thời, không sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, đã báo cáo ngay cấp có thẩm quyền        |
        | không báo cáo ngay            | , được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, không báo cáo ngay cấp có thẩm quyền        |
        | sổ không ghi việc báo cáo     | , được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả                                              |

    Kịch bản: Tội phạm nghiêm trọng không được phát hiện kịp thời thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng", không được phát hiện kịp thời ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa đạt"

    Kịch bản: Tội phạm nghiêm trọng do bất khả kháng thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "rất nghiêm trọng", được "Công an tỉnh Trà Vinh" xác định là bất khả kháng ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "đạt"

    Kịch bản: Tội phạm chưa được phân loại thì điểm đ chưa kết luận
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "chưa được phân loại"

    Kịch bản: Vụ mất trộm tài sản giá trị lớn ghi theo Thông tư 23 chưa được phân loại tội phạm thì điểm đ chưa kết luận
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "cần phân loại lại theo Thông tư 124"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "mất trộm tài sản có giá trị lớn (Thông tư 23) ngày 01/06/2024"
      Và tiêu chí "TT124.D6.K3.g" là "đạt"
      Và kết quả năm là "chưa kết luận"

    Khung kịch bản: Vụ mất trộm ghi theo Thông tư 23 được phân loại lại thành tội phạm mức độ "<mức độ>" thì điểm đ <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/06/2024", mã dữ kiện "VV-TROM"
      Và dữ kiện "VV-TROM" được phân loại lại thành vụ "tội phạm", mức độ "<mức độ>", lý do "Cơ quan điều tra xác định khung hình phạt"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "<kết quả>"
      Và tiêu chí "TT124.D6.K3.dd" không dựa trên dữ kiện "VV-TROM"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | mức độ          | kết quả  |
        | ít nghiêm trọng | đạt      |
        | nghiêm trọng    | chưa đạt |

  @TT124.D6.K3.e
  Quy tắc: Không để xảy ra vi phạm các quy định về bảo vệ bí mật Nhà nước
    Khoản 3 Điều 6, điểm e: trong kỳ không có vi phạm nào đối với các quy định về bảo vệ bí mật Nhà
    nước, không chỉ việc để lộ, lọt bí mật. Vụ "lộ, lọt bí mật công nghệ" ghi theo loại của Thông
    tư 23 có thể là vi phạm về bí mật Nhà nước hoặc không (bí mật công nghệ không phải bí mật Nhà
    nước thì không thuộc điểm này): điểm e chưa kết luận cho đến khi vụ việc được phân loại lại.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" ngày <ngày xảy ra> thì điểm e <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.e" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                   | ngày xảy ra | kết quả       |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 15/11/2023  | đạt           |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 16/11/2023  | chưa đạt      |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 15/11/2024  | chưa đạt      |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 16/11/2024  | đạt           |
        | lộ, lọt bí mật công nghệ (Thông tư 23)         | 01/06/2024  | chưa kết luận |

    Kịch bản: Vụ lộ, lọt bí mật công nghệ ghi theo Thông tư 23 làm điểm e chưa kết luận cho đến khi được phân loại lại
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "lộ, lọt bí mật công nghệ (Thông tư 23)" ngày "01/06/2024", mã dữ kiện "VV-CN"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.e" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.e" nêu "cần phân loại lại theo Thông tư 124"
      Và kết quả năm là "chưa kết luận"

    Khung kịch bản: Vụ lộ, lọt bí mật công nghệ được phân loại lại thành vụ "<loại mới>" thì điểm e <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "lộ, lọt bí mật công nghệ (Thông tư 23)" ngày "01/06/2024", mã dữ kiện "VV-CN"
      Và dữ kiện "VV-CN" được phân loại lại thành vụ "<loại mới>", lý do "Xác định tài liệu bị lộ có hay không có độ mật"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.e" là "<kết quả>"

      Dữ liệu:
        | loại mới                                       | kết quả  |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | chưa đạt |
        | vụ việc khác                                   | đạt      |

  @TT124.D6.K3.g
  Quy tắc: Không để xảy ra tai nạn lao động chết người; cháy, nổ hoặc sự cố ở mức nghiêm trọng; vi phạm về môi trường, an toàn vệ sinh thực phẩm có hậu quả từ mức nghiêm trọng trở lên (trừ trường hợp bất khả kháng)
    Khoản 3 Điều 6, điểm g: chỉ tính tai nạn lao động làm chết người; cháy, nổ ở mức nghiêm trọng;
    sự cố ở mức nghiêm trọng; vi phạm về môi trường hoặc về an toàn vệ sinh thực phẩm mà hậu quả
    từ mức nghiêm trọng trở lên theo pháp luật. Ngoặc "trừ trường hợp bất khả kháng" đóng lại cả
    điểm nên áp dụng cho mọi trường hợp của điểm g, kể cả tai nạn lao động chết người. Vụ cháy nhỏ,
    tai nạn lao động không có người chết không làm chưa đạt. Mức độ, số người chết, tính bất khả
    kháng do cơ quan có thẩm quyền kết luận và được ghi vào sổ; khi chưa ghi thì điểm này chưa kết
    luận. Thang "ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng" là thang
    của Bộ luật Hình sự; với cháy, nổ, sự cố, vi phạm không phải tội phạm (pháp luật chuyên ngành
    có thang riêng, ví dụ cấp sự cố công trình), sổ chỉ dùng thang này để ghi "chưa đến mức nghiêm
    trọng" (ít nghiêm trọng) hay "nghiêm trọng trở lên", theo kết luận của cơ quan có thẩm quyền và
    căn cứ pháp lý ghi kèm kết luận đó.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Vụ "<loại vụ việc>"<kết luận> thì điểm g <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>"<kết luận> ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                      | kết luận                        | kết quả       |
        | cháy, nổ                          | , mức độ "ít nghiêm trọng"      | đạt           |
        | cháy, nổ                          | , mức độ "nghiêm trọng"         | chưa đạt      |
        | cháy, nổ                          |                                 | chưa kết luận |
        | tai nạn lao động                  | , không làm chết người          | đạt           |
        | tai nạn lao động                  | , làm chết 1 người              | chưa đạt      |
        | tai nạn lao động                  |                                 | chưa kết luận |
        | sự cố                             | , mức độ "ít nghiêm trọng"      | đạt           |
        | sự cố                             | , mức độ "nghiêm trọng"         | chưa đạt      |
        | vi phạm về môi trường             | , mức độ "ít nghiêm trọng"      | đạt           |
        | vi phạm về môi trường             | , mức độ "rất nghiêm trọng"     | chưa đạt      |
        | vi phạm an toàn vệ sinh thực phẩm | , mức độ "ít nghiêm trọng"      | đạt           |
        | vi phạm an toàn vệ sinh thực phẩm | , mức độ "nghiêm trọng"         | chưa đạt      |

    Kịch bản: Đơn vị chỉ có một vụ cháy nhỏ thì vẫn đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "ít nghiêm trọng" ngày "12/08/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K3.g" nêu "1 vụ việc không tính: bất khả kháng hoặc dưới ngưỡng"
      Và kết quả năm là "đạt"

    Kịch bản: Cháy, nổ nghiêm trọng do bất khả kháng thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng", được "Cảnh sát phòng cháy, chữa cháy tỉnh Trà Vinh" xác định là bất khả kháng ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"

    Khung kịch bản: Vụ "<loại vụ việc>"<kết luận> được cơ quan có thẩm quyền xác định là bất khả kháng thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>"<kết luận>, được "<cơ quan>" xác định là bất khả kháng ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"
      Và kết quả năm là "đạt"

      Dữ liệu:
        | loại vụ việc          | kết luận                   | cơ quan                                              |
        | tai nạn lao động      | , làm chết 1 người         | Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh    |
        | vi phạm về môi trường | , mức độ "nghiêm trọng"    | Sở Tài nguyên và Môi trường tỉnh Trà Vinh            |

    Kịch bản: Cháy, nổ nghiêm trọng làm chưa đạt ngay, không chờ hết kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "02/05/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K3.g" nêu "cháy, nổ (nghiêm trọng) ngày 02/05/2024"
      Và kết quả năm là "chưa đạt"

  @TT124.D6.K3.h
  Quy tắc: Không có người của đơn vị bị xử phạt vi phạm hành chính về an ninh, trật tự, hoặc mắc tệ nạn xã hội mà bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 3 Điều 6, điểm h: làm chưa đạt khi trong kỳ có cán bộ, công chức, viên chức hoặc người
    lao động của đơn vị: (1) bị xử phạt vi phạm hành chính thuộc lĩnh vực an ninh, trật tự; hoặc
    (2) mắc tệ nạn xã hội và vì thế bị kỷ luật từ hình thức cảnh cáo trở lên. Hình thức nào là "từ
    cảnh cáo trở lên" tùy chế độ kỷ luật áp dụng (regulation/data/discipline.toml): với công chức,
    khiển trách chưa tới cảnh cáo; Bộ luật Lao động không có hình thức cảnh cáo nên với kỷ luật lao
    động thì mọi hình thức nặng hơn khiển trách đều được tính. "Bị xử lý kỷ luật" không chỉ là kỷ
    luật lao động: người lao động là đảng viên có thể bị kỷ luật Đảng (khiển trách, cảnh cáo, cách
    chức, khai trừ), ghi theo chế độ "đảng viên". Cách hiểu đang dùng (tham số
    k3h_warning_qualifies = "social_evil_only"): ngưỡng "từ cảnh cáo trở lên" chỉ gắn với vế tệ nạn
    xã hội; bị xử phạt vi phạm hành chính về an ninh, trật tự tự nó đã làm chưa đạt. Người vi phạm
    chỉ được ghi bằng mã bí danh.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Người lao động bị xử phạt vi phạm hành chính <lĩnh vực> thì điểm h <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính <lĩnh vực> (hình thức "phạt tiền") ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | lĩnh vực           | kết quả  |
        | về an ninh, trật tự | chưa đạt |
        | về lĩnh vực khác    | đạt      |

    Khung kịch bản: Công chức mắc tệ nạn xã hội bị kỷ luật "<hình thức>" thì điểm h <kết quả>
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Và công chức "CC-0007" mắc tệ nạn xã hội, bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | hình thức  | kết quả  |
        | khiển trách | đạt      |
        | cảnh cáo    | chưa đạt |
        | cách chức   | chưa đạt |

    Khung kịch bản: Người lao động mắc tệ nạn xã hội bị kỷ luật "<hình thức>" theo Bộ luật Lao động thì điểm h <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" mắc tệ nạn xã hội, bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | hình thức                   | kết quả  |
        | khiển trách                 | đạt      |
        | kéo dài thời hạn nâng lương | chưa đạt |
        | sa thải                     | chưa đạt |

    Kịch bản: Kỷ luật lao động không có hình thức "cảnh cáo" nên việc ghi nhận bị từ chối
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi ghi nhận người lao động "NV-0042" mắc tệ nạn xã hội, bị kỷ luật "cảnh cáo" ngày "01/06/2024"
      Thì việc ghi nhận báo lỗi "is not a form of the employee regime"
      Và sổ không có thêm dữ kiện nào

    Khung kịch bản: Người lao động là đảng viên mắc tệ nạn xã hội, bị kỷ luật Đảng hình thức "<hình thức>" thì điểm h <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đảng viên "NV-0042" mắc tệ nạn xã hội, bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | hình thức   | kết quả  |
        | khiển trách | đạt      |
        | cảnh cáo    | chưa đạt |
        | khai trừ    | chưa đạt |

    Kịch bản: Bị kỷ luật cảnh cáo vì vi phạm khác, không phải tệ nạn xã hội, thì không thuộc điểm h
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Và công chức "CC-0007" bị kỷ luật "cảnh cáo" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "đạt"
      Và tiêu chí "TT124.D6.K5" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D6.K5" theo cách hiểu mặc định

    Khung kịch bản: Xử phạt ngày <ngày xử phạt>, sát ngày cuối kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính về an ninh, trật tự (hình thức "phạt tiền") ngày "<ngày xử phạt>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | ngày xử phạt | kết quả  |
        | 15/11/2024   | chưa đạt |
        | 16/11/2024   | đạt      |

    Kịch bản: Theo cách hiểu ngưỡng cảnh cáo gắn với cả hai vế, bị xử phạt vi phạm hành chính mà không bị kỷ luật thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "k3h_warning_qualifies" là "both_limbs"
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính về an ninh, trật tự (hình thức "phạt tiền") ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K3.h" ghi cách hiểu "k3h_warning_qualifies" là "both_limbs"

    Khung kịch bản: Không có ai bị xử phạt, kỷ luật, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

  @TT124.D6.K4
  Quy tắc: Lực lượng bảo vệ có danh hiệu "Tập thể lao động tiên tiến" hoặc có kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên; không thành viên nào bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 4 Điều 6: lực lượng bảo vệ của đơn vị phải có danh hiệu "Tập thể lao động tiên tiến",
    hoặc có kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên — yêu cầu này chỉ đặt ra ở nơi
    đủ điều kiện bình xét danh hiệu thi đua; đồng thời không thành viên nào của lực lượng này bị kỷ
    luật từ hình thức cảnh cáo trở lên. Cách hiểu của nhóm: chữ "trở lên" của văn bản đứng sau kết
    quả đánh giá, nhưng danh hiệu cao hơn "Tập thể lao động tiên tiến" (như "Tập thể lao động xuất
    sắc") cũng được tính là đạt. Cách hiểu đang dùng: kết quả thi đua được xét là kết quả đã có tính
    đến hết kỳ đánh giá — của chính năm đó nếu đã có, nếu chưa thì của năm trước (rating_year); nơi
    không đủ điều kiện bình xét thì chỉ còn vế kỷ luật (not_eligible); đơn vị không có lực lượng bảo
    vệ thì chưa đạt, vì khoản 4 không có chữ "nếu có" (guard_force_absent). Đơn vị thuê dịch vụ bảo
    vệ thay cho lực lượng bảo vệ của mình chưa được xét riêng: theo cách hiểu mặc định là chưa đạt.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Lực lượng bảo vệ đạt "<kết quả thi đua>" thì <kết quả> (danh hiệu cao hơn cũng được tính)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "05/01/2020"
      Và lực lượng bảo vệ đạt "<kết quả thi đua>" năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"

      Dữ liệu:
        | kết quả thi đua              | kết quả  |
        | Tập thể lao động xuất sắc    | đạt      |
        | Tập thể lao động tiên tiến   | đạt      |
        | Hoàn thành xuất sắc nhiệm vụ | đạt      |
        | Hoàn thành tốt nhiệm vụ      | đạt      |
        | Hoàn thành nhiệm vụ          | chưa đạt |
        | Không hoàn thành nhiệm vụ    | chưa đạt |

    Kịch bản: Lực lượng bảo vệ chỉ được đánh giá "Hoàn thành nhiệm vụ" thì đơn vị chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "05/01/2020"
      Và lực lượng bảo vệ đạt "Hoàn thành nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K4" nêu "chỉ đạt Hoàn thành nhiệm vụ năm 2023"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Thành viên lực lượng bảo vệ bị kỷ luật "<hình thức>" thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "BV-0003" thuộc lực lượng bảo vệ bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"

      Dữ liệu:
        | hình thức                   | kết quả  |
        | khiển trách                 | đạt      |
        | kéo dài thời hạn nâng lương | chưa đạt |

    Khung kịch bản: Viên chức thuộc lực lượng bảo vệ của cơ quan bị kỷ luật "<hình thức>" thì <kết quả>
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Và viên chức "VC-0011" thuộc lực lượng bảo vệ bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"

      Dữ liệu:
        | hình thức   | kết quả  |
        | khiển trách | đạt      |
        | cảnh cáo    | chưa đạt |

    Kịch bản: Lực lượng bảo vệ không đủ điều kiện bình xét thi đua thì chỉ còn xét vế kỷ luật
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 3 người ngày "05/01/2020"
      Và lực lượng bảo vệ không đủ điều kiện bình xét thi đua năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K4" nêu "không đủ điều kiện bình xét danh hiệu thi đua"

    Kịch bản: Theo cách hiểu cả khoản không áp dụng nơi không đủ điều kiện bình xét, kết quả ghi cách hiểu đó
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và địa phương áp dụng cách hiểu "not_eligible" là "whole_clause_lapses"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 3 người ngày "05/01/2020"
      Và lực lượng bảo vệ không đủ điều kiện bình xét thi đua năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "không áp dụng"
      Và kết quả của tiêu chí "TT124.D6.K4" ghi cách hiểu "not_eligible" là "whole_clause_lapses"

    Khung kịch bản: Không có lực lượng bảo vệ, theo cách hiểu "<cách hiểu>", thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và địa phương áp dụng cách hiểu "guard_force_absent" là "<cách hiểu>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D6.K4" nêu "không có lực lượng bảo vệ"

      Dữ liệu:
        | cách hiểu      | kết quả       |
        | not_met        | chưa đạt      |
        | not_applicable | không áp dụng |

    Khung kịch bản: Lực lượng bảo vệ chưa có kết quả thi đua, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "05/01/2020"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

    Khung kịch bản: Kết quả thi đua quyết định ngày <ngày quyết định> về năm <năm>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "05/01/2020"
      Và lực lượng bảo vệ đạt "Hoàn thành tốt nhiệm vụ" năm <năm>, quyết định ngày "<ngày quyết định>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "<kết quả>"

      Dữ liệu:
        | năm  | ngày quyết định | kết quả  |
        | 2022 | 20/12/2022      | chưa đạt |
        | 2023 | 20/12/2023      | đạt      |
        | 2024 | 15/11/2024      | đạt      |
        | 2024 | 16/11/2024      | chưa đạt |

    Kịch bản: Kết quả của chính năm đánh giá thay cho kết quả năm trước
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và lực lượng bảo vệ đạt "Hoàn thành nhiệm vụ" năm 2024, quyết định ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "chưa đạt"

    Kịch bản: Lực lượng bảo vệ đã giải thể trước ngày cuối kỳ đánh giá thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng lực lượng bảo vệ đã giải thể ngày "01/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "chưa đạt"

  @TT124.D6.K5
  Quy tắc: Từ 70% trở lên số đầu mối trực thuộc có danh hiệu hoặc kết quả đánh giá đạt yêu cầu; không người nào bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 5 Điều 6: tính trên các đầu mối trực thuộc (phòng, ban, tổ, đội) đủ điều kiện bình xét
    danh hiệu thi đua, phải có từ 70% trở lên số đầu mối có danh hiệu "Tập thể lao động tiên tiến"
    hoặc có kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên; ngoài ra không người nào bị kỷ luật
    từ hình thức cảnh cáo trở lên. Tỷ lệ so sánh chính xác, không làm tròn (7/10 là đủ, 9/13 là
    thiếu). Cách hiểu đang dùng: một người của đơn vị bị kỷ luật từ cảnh cáo trở lên thì chưa đạt
    (sub_unit_discipline); kết quả thi đua được xét như khoản 4 (rating_year).
    Chưa ghi nhận đầu mối trực thuộc nào không có nghĩa là đơn vị không có đầu mối trực thuộc. Cách
    hiểu đang dùng (tham số no_sub_units = "not_met"): khi sổ không ghi đầu mối nào thì tiêu chí
    chưa kết luận trong kỳ đánh giá, rồi chưa đạt khi kỳ kết thúc. Với "not_applicable" (đơn vị
    được xem là không có đầu mối trực thuộc; sổ chưa có dữ kiện riêng để ghi điều đó), vế 70% không
    áp dụng nhưng vế kỷ luật vẫn áp dụng: có người bị kỷ luật từ cảnh cáo trở lên thì chưa đạt.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: <đạt> trên 10 đầu mối trực thuộc đạt "Hoàn thành tốt nhiệm vụ" (<tỷ lệ>) thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và doanh nghiệp có 10 đầu mối trực thuộc từ ngày "02/01/2020"
      Và <đạt> đầu mối trực thuộc đạt "Hoàn thành tốt nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Và <chưa đạt> đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D6.K5" nêu "<đạt>/10 (<tỷ lệ>)"

      Dữ liệu:
        | đạt | chưa đạt | tỷ lệ | kết quả  |
        | 10  | 0        | 100%  | đạt      |
        | 7   | 3        | 70%   | đạt      |
        | 6   | 4        | 60%   | chưa đạt |

    Khung kịch bản: <đạt> trên 13 đầu mối trực thuộc đạt "Hoàn thành tốt nhiệm vụ" thì <kết quả> (so sánh chính xác, không làm tròn)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và doanh nghiệp có 13 đầu mối trực thuộc từ ngày "02/01/2020"
      Và <đạt> đầu mối trực thuộc đạt "Hoàn thành tốt nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Và <chưa đạt> đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D6.K5" nêu "<đạt>/13"

      Dữ liệu:
        | đạt | chưa đạt | kết quả  |
        | 10  | 3        | đạt      |
        | 9   | 4        | chưa đạt |

    Kịch bản: Đầu mối không đủ điều kiện bình xét không được tính vào tỷ lệ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và doanh nghiệp có 10 đầu mối trực thuộc từ ngày "02/01/2020"
      Và 6 đầu mối trực thuộc đạt "Tập thể lao động tiên tiến" năm 2023, quyết định ngày "20/12/2023"
      Và 2 đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Và 2 đầu mối trực thuộc không đủ điều kiện bình xét thi đua năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K5" nêu "6/8 (75%)"

    Khung kịch bản: Người lao động thuộc một đầu mối bị kỷ luật "<hình thức>" thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0108" thuộc "Phòng Kinh doanh" bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"

      Dữ liệu:
        | hình thức                   | kết quả  |
        | khiển trách                 | đạt      |
        | kéo dài thời hạn nâng lương | chưa đạt |

    Khung kịch bản: Theo cách hiểu kỷ luật chỉ loại đầu mối của người bị kỷ luật, <đạt> đầu mối đạt và một người của một đầu mối đạt bị kỷ luật thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và địa phương áp dụng cách hiểu "sub_unit_discipline" là "per_sub_unit"
      Và doanh nghiệp có 10 đầu mối trực thuộc từ ngày "02/01/2020"
      Và <đạt> đầu mối trực thuộc đạt "Hoàn thành tốt nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Và <chưa đạt> đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm 2023, quyết định ngày "20/12/2023"
      Và người lao động "NV-0108" thuộc "Tổ 1" bị kỷ luật "sa thải" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.K5" ghi cách hiểu "sub_unit_discipline" là "per_sub_unit"

      Dữ liệu:
        | đạt | chưa đạt | kết quả  |
        | 8   | 2        | đạt      |
        | 7   | 3        | chưa đạt |

    Khung kịch bản: Theo cách hiểu mặc định, không ghi nhận đầu mối trực thuộc nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D6.K5" nêu "Chưa ghi nhận đầu mối trực thuộc nào"
      Và kết quả của tiêu chí "TT124.D6.K5" theo cách hiểu mặc định
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |
        | 31/12/2024    | chưa đạt      |

    Khung kịch bản: Không ghi nhận đầu mối trực thuộc nào, theo cách hiểu "<cách hiểu>", thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và địa phương áp dụng cách hiểu "no_sub_units" là "<cách hiểu>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"

      Dữ liệu:
        | cách hiểu      | kết quả       |
        | not_met        | chưa đạt      |
        | not_applicable | không áp dụng |

    Khung kịch bản: Theo cách hiểu "not_applicable", không có đầu mối trực thuộc nhưng một người bị kỷ luật "<hình thức>" thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và địa phương áp dụng cách hiểu "no_sub_units" là "not_applicable"
      Và người lao động "NV-0108" bị kỷ luật "<hình thức>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.K5" ghi cách hiểu "no_sub_units" là "not_applicable"

      Dữ liệu:
        | hình thức                   | kết quả       |
        | khiển trách                 | không áp dụng |
        | kéo dài thời hạn nâng lương | chưa đạt      |

    Khung kịch bản: Đầu mối trực thuộc chưa có kết quả thi đua, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và doanh nghiệp có 10 đầu mối trực thuộc từ ngày "02/01/2020"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |
