# language: vi
Tính năng: Điều 6 — Tiêu chí công nhận cơ quan, doanh nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự"
  Thông tư 124/2021/TT-BCA, Điều 6 (văn bản gốc, có hiệu lực từ 10/02/2022). Mỗi quy tắc dưới đây
  là một tiêu chí, gắn thẻ mã điều khoản, kèm lời diễn giải của nhóm (không phải nguyên văn Thông
  tư) và trạng thái văn bản. Cách hiểu của nhóm ở chỗ văn bản chưa nói rõ là một tham số có tên
  (regulation/data/interpretation.toml); kết quả ghi lại tham số nào khác mặc định.
  "Một doanh nghiệp" là đơn vị mẫu: Điện lực Trà Vinh, doanh nghiệp nhà nước, mã số thuế
  2100000001, quy mô lớn, có tổ chức Đảng, 420 người lao động, có lực lượng bảo vệ và bốn đầu mối
  trực thuộc (ba phòng, một đội). "Đáp ứng đầy đủ các tiêu chí năm Y" ghi vào sổ các dữ kiện liệt
  kê trong features/README.md; "trừ tiêu chí X" bỏ riêng các dữ kiện của tiêu chí X.
  Kỳ đánh giá năm Y: từ 16/11 năm Y-1 đến 15/11 năm Y (TT124.D8.K2.b). Quý I: từ 01/01 đến 31/03
  năm Y. "Đánh giá năm Y tính đến hết ngày D" xét mọi việc xảy ra đến hết ngày D.

  @TT124.D8.K1
  Quy tắc: Lời dẫn Điều 6 và khoản 1 Điều 8 — chỉ đạt khi đạt đủ các tiêu chí
    Cơ quan, doanh nghiệp đạt tiêu chuẩn khi đạt đủ mọi tiêu chí của Điều 6; việc phân loại đạt hay
    chưa đạt căn cứ vào mức độ đạt các tiêu chí đó và tiêu chí bổ sung của Ủy ban nhân dân cấp tỉnh
    (nếu có). Một tiêu chí chưa đạt thì kết quả năm chưa đạt; khi còn tiêu chí chưa kết luận và
    không có tiêu chí nào chưa đạt thì kết quả năm chưa kết luận.
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
      Và phát hiện "recognised_against_record" nêu "TT124.D6.K1.p4 (not_met)"
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

  @TT124.D6.K1.p1
  Quy tắc: Quý I, tổ chức Đảng có nghị quyết về công tác bảo đảm an ninh, trật tự
    Khoản 1 Điều 6, ý thứ nhất: trong quý I hằng năm, tổ chức Đảng ra nghị quyết chuyên đề riêng về
    công tác bảo đảm an ninh, trật tự, hoặc đưa công tác này vào nghị quyết lãnh đạo, chỉ đạo hằng
    năm. Chỉ áp dụng ở nơi có tổ chức Đảng; đơn vị không có tổ chức Đảng thì ý này không áp dụng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết chuyên đề ban hành ngày <ngày ban hành>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề về công tác bảo đảm an ninh, trật tự năm 2024 ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/01/2024    | đạt      |
        | 31/03/2024    | đạt      |
        | 01/04/2024    | chưa đạt |
        | 29/12/2023    | chưa đạt |

    Kịch bản: Công tác bảo đảm an ninh, trật tự được đưa vào nghị quyết lãnh đạo, chỉ đạo hằng năm trong quý I thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã đưa công tác bảo đảm an ninh, trật tự năm 2024 vào nghị quyết lãnh đạo, chỉ đạo hằng năm ngày "31/03/2024"
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
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/01/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã bị rút lại, lý do "Ghi nhầm nghị quyết của đơn vị khác"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa đạt"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

    Kịch bản: Dữ kiện thay thế được tính thay cho dữ kiện ghi sai ngày
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/04/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã được thay thế bằng dữ kiện "NQ-2024-DC" ghi ngày "15/03/2024", lý do "Ghi nhầm tháng ban hành"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và tiêu chí "TT124.D6.K1.p1" dựa trên dữ kiện "NQ-2024-DC"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

  @TT124.D6.K1.p2
  Quy tắc: Có kế hoạch bảo đảm an ninh, trật tự và đăng ký phấn đấu đạt tiêu chuẩn
    Khoản 1 Điều 6, ý thứ hai: cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự và đăng
    ký phấn đấu đạt tiêu chuẩn "An toàn về an ninh, trật tự". Cách hiểu đang dùng (tham số
    p2_timing = "q1"): cụm "Quý I hằng năm" mở đầu cả khoản nên kế hoạch và bản đăng ký đều phải có
    trong quý I; với "window" thì chỉ cần có trong kỳ đánh giá.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kế hoạch ngày <ngày kế hoạch>, đăng ký ngày <ngày đăng ký>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "<ngày kế hoạch>"
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
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "28/12/2023"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "kế hoạch ngày 28/12/2023 ngoài hạn"

    Kịch bản: Theo cách hiểu "trong kỳ đánh giá", kế hoạch ban hành tháng 4 vẫn được tính và kết quả ghi cách hiểu đó
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và địa phương áp dụng cách hiểu "p2_timing" là "window"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "15/04/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K1.p2" ghi cách hiểu "p2_timing" là "window"

    Kịch bản: Có kế hoạch nhưng không đăng ký phấn đấu thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "15/02/2024"
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
  Quy tắc: Có nội quy, quy định về sáu nội dung, phù hợp với tình hình thực tiễn
    Khoản 1 Điều 6, ý thứ ba: có nội quy, quy định về bảo vệ cơ quan, doanh nghiệp; bảo vệ bí mật
    Nhà nước; bảo vệ chính trị nội bộ; an toàn lao động; phòng, chống cháy nổ; bảo vệ môi trường,
    phù hợp với tình hình thực tiễn và pháp luật. Nội quy được xét tính đến hết ngày tham chiếu
    (ngày đánh giá, không muộn hơn ngày cuối kỳ đánh giá 15/11); nội quy ban hành từ những năm
    trước mà còn hiệu lực vẫn được tính. Việc "phù hợp" do hội nghị đánh giá xem xét, không suy ra
    từ sổ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nội quy về đủ sáu nội dung ban hành ngày <ngày ban hành>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/06/2020    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Nội quy về "<nội dung>" bị bãi bỏ trong kỳ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "<nội dung>" đã bị bãi bỏ ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p3" nêu "<nội dung>"

      Dữ liệu:
        | nội dung                     |
        | bảo vệ cơ quan, doanh nghiệp |
        | bảo vệ bí mật Nhà nước       |
        | bảo vệ chính trị nội bộ      |
        | an toàn lao động             |
        | phòng, chống cháy nổ         |
        | bảo vệ môi trường            |

    Khung kịch bản: Nội quy về bảo vệ môi trường bị bãi bỏ ngày <ngày bãi bỏ>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "bảo vệ môi trường" đã bị bãi bỏ ngày "<ngày bãi bỏ>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày bãi bỏ | kết quả  |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: Chưa có nội quy, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  @TT124.D6.K1.p4
  Quy tắc: 100% cán bộ, công chức, viên chức, người lao động được phổ biến, quán triệt nội quy, quy định và tiêu chí
    Khoản 1 Điều 6, ý thứ tư: toàn bộ (100%) cán bộ, công chức, viên chức, người lao động được phổ
    biến, quán triệt các nội quy, quy định nêu ở ý thứ ba và tiêu chí xây dựng cơ quan, doanh
    nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự". Cách hiểu đang dùng (tham số
    p4_denominator = "peak_headcount"): tỷ lệ tính trên số người cao nhất trong kỳ đánh giá; chỉ
    tính các buổi phổ biến trong kỳ; số người của các buổi được cộng dồn theo từng nội dung.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phổ biến cho <số người> trên 420 người lao động (<tỷ lệ>)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho <số người> người lao động ngày "10/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | số người | tỷ lệ | kết quả  |
        | 420      | 100%  | đạt      |
        | 416      | 99%   | chưa đạt |

    Kịch bản: Hai đợt phổ biến cộng lại đủ 100% người lao động
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 300 người lao động ngày "10/03/2024"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 120 người lao động ngày "12/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p4" nêu "tiêu chí xây dựng cơ quan, doanh nghiệp đạt tiêu chuẩn"

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
  Quy tắc: Có ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả
    Khoản 1 Điều 6, ý thứ năm: có ít nhất một mô hình của phong trào toàn dân bảo vệ an ninh Tổ
    quốc hoạt động hiệu quả. "Hiệu quả" là đánh giá do người có thẩm quyền ghi nhận; lần đánh giá
    gần nhất trong kỳ đánh giá quyết định; mô hình đã giải thể không được tính.
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

  @TT124.D6.K2
  Quy tắc: Thực hiện đầy đủ chủ trương, chính sách, pháp luật và quy chế, chương trình, kế hoạch phối hợp với lực lượng Công an (nếu có)
    Khoản 2 Điều 6: đơn vị triển khai, thực hiện đầy đủ chủ trương, đường lối của Đảng, chính sách,
    pháp luật của Nhà nước, các quy chế, chương trình, kế hoạch phối hợp với lực lượng Công an (nếu
    có) và quy định của địa phương về công tác bảo đảm an ninh, trật tự. Văn bản không đòi phải có
    văn bản phối hợp, cũng không đòi số hoạt động tối thiểu: không có văn bản phối hợp không phải
    là chưa đạt. "Đầy đủ" là kết luận của hội nghị đánh giá hoặc cơ quan thẩm định. Cách hiểu đang
    dùng (tham số implementation_evidence = "no_contrary_finding"): khi kỳ đánh giá đã kết thúc mà
    không có kết luận nào là chưa thực hiện đầy đủ thì đạt; với "positive_assessment" thì chỉ đạt
    khi có kết luận đã thực hiện đầy đủ. Văn bản, hoạt động phối hợp với lực lượng Công an được nêu
    làm căn cứ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Không có văn bản phối hợp nào và không có kết luận chưa thực hiện đầy đủ thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K2" nêu "không có quy chế, chương trình, kế hoạch phối hợp với lực lượng Công an"
      Và kết quả năm là "đạt"

    Kịch bản: Có quy chế phối hợp với lực lượng Công an thì được nêu làm căn cứ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký quy chế phối hợp với cơ quan công an ngày "20/01/2024", mã dữ kiện "QC-PH"
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
    nhận phân loại theo đúng các điểm của khoản 3 (regulation/data/incident_points.toml).
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
  Quy tắc: Không để xảy ra hoạt động lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện gây phức tạp về an ninh, trật tự
    Khoản 3 Điều 6, điểm b: không để xảy ra hoạt động lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh
    chấp hoặc khiếu kiện làm phức tạp tình hình an ninh, trật tự.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" thì điểm b <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.b" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                                            | kết quả  |
        | lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện gây phức tạp ANTT | chưa đạt |
        | khiếu kiện đông người (Thông tư 23)                                     | đạt      |

    Khung kịch bản: Chỉ có vụ khiếu kiện đông người ghi theo Thông tư 23, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K3.b" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

  @TT124.D6.K3.c
  Quy tắc: Không để xảy ra kích động, lôi kéo khiếu nại đông người, gây rối hoặc xuyên tạc, vu khống người giải quyết khiếu nại, tố cáo
    Khoản 3 Điều 6, điểm c: không để xảy ra việc kích động, xúi giục, cưỡng ép, dụ dỗ, mua chuộc,
    lôi kéo người khác tập trung đông người để khiếu nại, gây rối trật tự công cộng; lợi dụng khiếu
    nại để chống Nhà nước, xâm phạm lợi ích của Nhà nước; hoặc xuyên tạc, vu khống, đe dọa, xúc
    phạm cơ quan, tổ chức, người được giao giải quyết khiếu nại, tố cáo.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" thì điểm c <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.c" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                                                           | ngày xảy ra | kết quả  |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | 15/11/2024  | chưa đạt |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | 16/11/2024  | đạt      |
        | mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân                          | 01/06/2024  | đạt      |

  @TT124.D6.K3.d
  Quy tắc: Không để xảy ra đình công, lãn công trái pháp luật
    Khoản 3 Điều 6, điểm d: chỉ đình công, lãn công đã được xác định là trái pháp luật mới làm
    chưa đạt. Thư viện không tự suy ra tính trái pháp luật: vụ đình công chưa được xác định thì
    điểm này chưa kết luận.
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

  @TT124.D6.K3.dd
  Quy tắc: Không để xảy ra tội phạm nghiêm trọng trở lên, trừ bất khả kháng hoặc đã kịp thời phát hiện, giảm thiểu hậu quả và báo cáo ngay
    Khoản 3 Điều 6, điểm đ: tội phạm từ loại nghiêm trọng trở lên (theo phân loại của Bộ luật Hình
    sự) làm chưa đạt, trừ trường hợp bất khả kháng; nếu có xảy ra mà đơn vị đã kịp thời phát hiện,
    dùng đồng bộ các biện pháp giảm thiểu hậu quả và báo cáo ngay cấp có thẩm quyền thì không bị
    tính. Tội phạm ít nghiêm trọng không bị tính; tội phạm chưa được phân loại thì chưa kết luận.
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

    Kịch bản: Tội phạm nghiêm trọng được kịp thời phát hiện, hạn chế hậu quả và báo cáo ngay thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng", được phát hiện kịp thời, hạn chế hậu quả và báo cáo ngay ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "đạt"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "1 vụ việc không tính"

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

    Kịch bản: Mất trộm tài sản có giá trị lớn là loại của Thông tư 23, không thuộc khoản 3 Điều 6
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "đạt"
      Và kết quả năm là "đạt"

  @TT124.D6.K3.e
  Quy tắc: Không để xảy ra vi phạm các quy định về bảo vệ bí mật Nhà nước
    Khoản 3 Điều 6, điểm e: không có vi phạm nào các quy định về bảo vệ bí mật Nhà nước trong kỳ.
    Lộ, lọt bí mật công nghệ là loại của Thông tư 23, không thuộc điểm này.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" thì điểm e <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.e" là "<kết quả>"

      Dữ liệu:
        | loại vụ việc                                   | ngày xảy ra | kết quả  |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 16/11/2023  | chưa đạt |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước | 15/11/2023  | đạt      |
        | lộ, lọt bí mật công nghệ (Thông tư 23)         | 01/06/2024  | đạt      |

  @TT124.D6.K3.g
  Quy tắc: Không để xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng, vi phạm môi trường, an toàn vệ sinh thực phẩm gây hậu quả nghiêm trọng
    Khoản 3 Điều 6, điểm g: chỉ tính cháy, nổ nghiêm trọng; tai nạn lao động làm chết người; sự
    cố nghiêm trọng; vi phạm về môi trường hoặc an toàn vệ sinh thực phẩm có hậu quả từ nghiêm
    trọng trở lên theo pháp luật; trường hợp bất khả kháng không bị tính. Vụ cháy nhỏ, tai nạn lao
    động không có người chết không làm chưa đạt. Mức độ, số người chết, tính bất khả kháng do cơ
    quan có thẩm quyền kết luận và được ghi vào sổ; khi chưa ghi thì điểm này chưa kết luận.
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

    Kịch bản: Cháy, nổ nghiêm trọng làm chưa đạt ngay, không chờ hết kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "02/05/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K3.g" nêu "cháy, nổ (nghiêm trọng) ngày 02/05/2024"
      Và kết quả năm là "chưa đạt"

  @TT124.D6.K3.h
  Quy tắc: Không có cán bộ, công chức, viên chức, người lao động bị xử phạt vi phạm hành chính về an ninh, trật tự hoặc mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo trở lên
    Khoản 3 Điều 6, điểm h: làm chưa đạt khi trong kỳ có người của đơn vị bị xử phạt vi phạm hành
    chính trong lĩnh vực an ninh, trật tự, hoặc mắc tệ nạn xã hội và bị kỷ luật từ hình thức cảnh
    cáo trở lên. Hình thức nào là "từ cảnh cáo trở lên" tùy chế độ của người đó
    (regulation/data/discipline.toml): với công chức, khiển trách chưa tới cảnh cáo; Bộ luật Lao
    động không có hình thức cảnh cáo nên với người lao động thì mọi hình thức nặng hơn khiển trách
    đều được tính. Cách hiểu đang dùng (tham số k3h_warning_qualifies = "social_evil_only"): ngưỡng
    "từ cảnh cáo trở lên" chỉ gắn với vế tệ nạn xã hội; xử phạt hành chính về an ninh, trật tự tự
    nó đã làm chưa đạt. Người vi phạm chỉ được ghi bằng mã bí danh.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Người lao động bị xử phạt vi phạm hành chính <lĩnh vực> thì điểm h <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính <lĩnh vực> (hình thức "phạt tiền") ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | lĩnh vực                                         | kết quả  |
        | trong lĩnh vực an ninh, trật tự, an toàn xã hội | chưa đạt |
        | trong lĩnh vực khác                              | đạt      |

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

    Kịch bản: Người lao động không thể bị kỷ luật "cảnh cáo" vì Bộ luật Lao động không có hình thức này
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi ghi nhận người lao động "NV-0042" mắc tệ nạn xã hội, bị kỷ luật "cảnh cáo" ngày "01/06/2024"
      Thì việc ghi nhận báo lỗi "warning"
      Và sổ không có thêm dữ kiện nào

    Kịch bản: Bị kỷ luật cảnh cáo vì vi phạm khác, không phải tệ nạn xã hội, thì không thuộc điểm h
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Và công chức "CC-0007" bị kỷ luật "cảnh cáo" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "đạt"
      Và tiêu chí "TT124.D6.K5" là "chưa đạt"

    Khung kịch bản: Xử phạt ngày <ngày xử phạt>, sát ngày cuối kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội (hình thức "phạt tiền") ngày "<ngày xử phạt>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | ngày xử phạt | kết quả  |
        | 15/11/2024   | chưa đạt |
        | 16/11/2024   | đạt      |

    Kịch bản: Theo cách hiểu ngưỡng cảnh cáo gắn với cả hai vế, xử phạt hành chính mà không bị kỷ luật thì không bị tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "k3h_warning_qualifies" là "both_limbs"
      Và người lao động "NV-0042" bị xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội (hình thức "phạt tiền") ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.h" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K3.h" ghi cách hiểu "k3h_warning_qualifies" là "both_limbs"

    Khung kịch bản: Không ai bị xử phạt, kỷ luật, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K3.h" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

  @TT124.D6.K4
  Quy tắc: Lực lượng bảo vệ đạt "Tập thể lao động tiên tiến" hoặc "Hoàn thành tốt nhiệm vụ" trở lên, không ai bị kỷ luật từ cảnh cáo trở lên
    Khoản 4 Điều 6: lực lượng bảo vệ cơ quan, doanh nghiệp đạt danh hiệu "Tập thể lao động tiên
    tiến" hoặc được đánh giá "Hoàn thành tốt nhiệm vụ" trở lên (ở nơi đủ điều kiện bình xét danh
    hiệu thi đua), và không có cá nhân nào của lực lượng này bị kỷ luật từ hình thức cảnh cáo trở
    lên. Cách hiểu đang dùng: kết quả thi đua được xét là kết quả đã có tính đến hết kỳ đánh giá —
    của chính năm đó nếu đã có, nếu chưa thì của năm trước (rating_year); nơi không đủ điều kiện
    bình xét thì chỉ còn vế kỷ luật (not_eligible); đơn vị không có lực lượng bảo vệ thì chưa đạt,
    vì khoản 4 không có chữ "nếu có" (guard_force_absent).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Lực lượng bảo vệ đạt "<kết quả thi đua>" thì <kết quả>
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
  Quy tắc: Từ 70% đầu mối trực thuộc đạt "Tập thể lao động tiên tiến" hoặc "Hoàn thành tốt nhiệm vụ" trở lên, không ai bị kỷ luật từ cảnh cáo trở lên
    Khoản 5 Điều 6: từ 70% trở lên số đầu mối trực thuộc (phòng, ban, tổ, đội) đạt danh hiệu "Tập
    thể lao động tiên tiến" hoặc được đánh giá "Hoàn thành tốt nhiệm vụ" trở lên (ở nơi đủ điều
    kiện bình xét), và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên. Tỷ lệ tính trên
    các đầu mối đủ điều kiện bình xét, so sánh chính xác (7/10 là đủ). Cách hiểu đang dùng: một
    người của đơn vị bị kỷ luật từ cảnh cáo trở lên thì chưa đạt (sub_unit_discipline); đơn vị
    không ghi nhận đầu mối trực thuộc nào thì không áp dụng (no_sub_units); kết quả thi đua được
    xét như khoản 4 (rating_year).
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

    Khung kịch bản: Không ghi nhận đầu mối trực thuộc nào, theo cách hiểu "<cách hiểu>", thì <kết quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và địa phương áp dụng cách hiểu "no_sub_units" là "<cách hiểu>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"

      Dữ liệu:
        | cách hiểu      | kết quả       |
        | not_applicable | không áp dụng |
        | not_met        | chưa đạt      |

    Khung kịch bản: Đầu mối trực thuộc chưa có kết quả thi đua, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K5"
      Và doanh nghiệp có 10 đầu mối trực thuộc từ ngày "02/01/2020"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |
