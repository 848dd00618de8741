# language: vi
Tính năng: Điều 6 — Tiêu chí "An toàn về an ninh, trật tự" của cơ quan, doanh nghiệp
  Thông tư 124/2021/TT-BCA, Điều 6. Mỗi quy tắc dưới đây là một tiêu chí, gắn thẻ mã điều khoản,
  kèm lời diễn giải của nhóm (không phải nguyên văn Thông tư) và trạng thái văn bản.
  "Một doanh nghiệp" là đơn vị mẫu: Điện lực Trà Vinh, mã số thuế 2100000001, quy mô lớn, có tổ
  chức Đảng, 420 người lao động. "Đáp ứng đầy đủ các tiêu chí năm Y" ghi vào sổ các dữ kiện liệt
  kê trong features/README.md; "trừ tiêu chí X" bỏ riêng các dữ kiện của tiêu chí X.
  Kỳ đánh giá năm Y: từ 16/11 năm Y-1 đến 15/11 năm Y. Quý I: từ 01/01 đến 31/03 năm Y.
  "Đánh giá tại ngày D" nghĩa là tính đến hết ngày D.

  @TT124.D8.K1
  Quy tắc: Lời dẫn Điều 6 — chỉ đạt khi đạt đủ các tiêu chí
    Cơ quan, doanh nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự" khi đạt đủ các tiêu chí
    của Điều 6. Một tiêu chí chưa đạt thì kết quả năm chưa đạt; kỳ đánh giá còn mở mà chưa có
    tiêu chí nào chưa đạt thì kết quả năm đang chờ. Việc phân loại đạt / chưa đạt theo khoản 1
    Điều 8 (TT124.D8.K1); tiêu chí bổ sung của UBND cấp tỉnh chưa được thể hiện ở đây.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Đạt đủ tất cả các tiêu chí thì kết quả năm đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
        | TT124.D6.PROV1 | đạt     |
        | TT124.D6.PROV2 | đạt     |
        | TT124.D6.PROV3 | đạt     |
      Và kết quả năm được đánh dấu tạm thời

    Khung kịch bản: Chỉ một tiêu chí chưa đạt (<tiêu chí>) thì kết quả năm chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "<tiêu chí>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "<tiêu chí>" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | tiêu chí       |
        | TT124.D6.K1.p1 |
        | TT124.D6.K1.p2 |
        | TT124.D6.K1.p3 |
        | TT124.D6.K1.p4 |
        | TT124.D6.K1.p5 |
        | TT124.D6.K2    |
        | TT124.D6.PROV3 |

    Kịch bản: Kỳ đánh giá còn mở và chưa có tiêu chí nào chưa đạt thì kết quả năm đang chờ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và tiêu chí "TT124.D6.PROV1" là "đang chờ"
      Và kết quả năm là "đang chờ"

    Kịch bản: Một tiêu chí đã chưa đạt thì kết quả năm chưa đạt dù kỳ đánh giá còn mở
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tại ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa đạt"
      Và tiêu chí "TT124.D6.PROV1" là "đang chờ"
      Và kết quả năm là "chưa đạt"

  @TT124.D6.K1.p1
  Quy tắc: Cấp ủy ban hành nghị quyết về công tác bảo đảm an ninh, trật tự trong quý I
    Khoản 1 Điều 6, ý thứ nhất: trong quý I hằng năm, cấp ủy ban hành nghị quyết chuyên đề riêng
    hoặc lồng ghép công tác bảo đảm an ninh, trật tự vào nghị quyết lãnh đạo hằng năm. Chỉ áp
    dụng với đơn vị có tổ chức Đảng; đơn vị không có tổ chức Đảng thì tiêu chí không áp dụng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết <hình thức> ban hành ngày <ngày ban hành>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và cấp ủy đã ban hành nghị quyết <hình thức> về công tác bảo đảm ANTT năm 2024 ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "<kết quả>"

      Dữ liệu:
        | hình thức | ngày ban hành | kết quả  |
        | chuyên đề | 01/01/2024    | đạt      |
        | lồng ghép | 31/03/2024    | đạt      |
        | chuyên đề | 01/04/2024    | chưa đạt |
        | lồng ghép | 29/12/2023    | chưa đạt |

    Khung kịch bản: Chưa có nghị quyết, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 30/03/2024    | đang chờ |
        | 31/03/2024    | chưa đạt |

    Kịch bản: Trong quý I, tiêu chí đang chờ với hạn là ngày cuối quý
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Khi đánh giá năm 2024 tại ngày "15/02/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đang chờ"
      Và tiêu chí "TT124.D6.K1.p1" có hạn hoàn thành "31/03/2024"
      Và kết quả của tiêu chí "TT124.D6.K1.p1" không được đánh dấu tạm thời

    Kịch bản: Đơn vị không có tổ chức Đảng thì tiêu chí không áp dụng và vẫn có thể đạt
      Biết doanh nghiệp "Công ty TNHH Thủy sản Duyên Hải" có mã số thuế "2100000002", quy mô "vừa", không có tổ chức Đảng, 150 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "không áp dụng"
      Và kết quả năm là "đạt"

    Kịch bản: Nghị quyết đã bị rút lại thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và cấp ủy đã ban hành nghị quyết chuyên đề về công tác bảo đảm ANTT năm 2024 ngày "15/01/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã bị rút lại, lý do "Ghi nhầm nghị quyết của đơn vị khác"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "chưa đạt"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

    Kịch bản: Dữ kiện thay thế được tính thay cho dữ kiện ghi sai ngày
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và cấp ủy đã ban hành nghị quyết chuyên đề về công tác bảo đảm ANTT năm 2024 ngày "15/04/2024", mã dữ kiện "NQ-2024"
      Nhưng dữ kiện "NQ-2024" đã được thay thế bằng dữ kiện "NQ-2024-DC" ghi ngày "15/03/2024", lý do "Ghi nhầm tháng ban hành"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p1" là "đạt"
      Và tiêu chí "TT124.D6.K1.p1" dựa trên dữ kiện "NQ-2024-DC"
      Và tiêu chí "TT124.D6.K1.p1" không dựa trên dữ kiện "NQ-2024"

  @TT124.D6.K1.p2
  Quy tắc: Có kế hoạch bảo đảm an ninh, trật tự và đăng ký phấn đấu đạt tiêu chuẩn
    Khoản 1 Điều 6, ý thứ hai: có kế hoạch về bảo đảm an ninh, trật tự và đăng ký phấn đấu đạt
    tiêu chuẩn "An toàn về an ninh, trật tự". Cách hiểu đang dùng (tham số p2_timing = "q1"):
    cả kế hoạch và bản đăng ký đều phải có trong quý I, như ý thứ nhất; đơn vị không đăng ký thì
    chưa đạt (cách các tỉnh đang áp dụng).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kế hoạch ngày <ngày kế hoạch>, đăng ký ngày <ngày đăng ký>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "<ngày kế hoạch>"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "<ngày đăng ký>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "kế hoạch ngày 28/12/2023 ngoài hạn"

    Kịch bản: Có kế hoạch nhưng không đăng ký phấn đấu thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "chưa đăng ký phấn đấu đạt tiêu chuẩn"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Chưa có kế hoạch và đăng ký, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 30/03/2024    | đang chờ |
        | 31/03/2024    | chưa đạt |

  @TT124.D6.K1.p3
  Quy tắc: Có nội quy, quy định về sáu nội dung
    Khoản 1 Điều 6, ý thứ ba: có nội quy, quy định về bảo vệ cơ quan, doanh nghiệp; bảo vệ bí mật
    Nhà nước; bảo vệ chính trị nội bộ; an toàn lao động; phòng, chống cháy nổ; bảo vệ môi trường,
    phù hợp với tình hình thực tế và quy định của pháp luật. Nội quy được xét tại ngày tham chiếu:
    ngày đánh giá, nhưng không muộn hơn ngày cuối kỳ đánh giá (15/11); nội quy ban hành từ những
    năm trước mà còn hiệu lực vẫn được tính.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nội quy về đủ sáu nội dung ban hành ngày <ngày ban hành>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ sáu nội dung ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/06/2020    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Nội quy về "<nội dung>" bị bãi bỏ trong kỳ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "<nội dung>" đã bị bãi bỏ ngày "01/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày bãi bỏ | kết quả  |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: Chưa có nội quy, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p3"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |

  @TT124.D6.K1.p4
  Quy tắc: 100% cán bộ, người lao động được phổ biến, quán triệt nội quy và tiêu chuẩn
    Khoản 1 Điều 6, ý thứ tư: 100% cán bộ, công chức, viên chức, người lao động được phổ biến, quán
    triệt các nội quy, quy định nêu trên và các tiêu chí về "An toàn về an ninh, trật tự". Cách
    hiểu đang dùng (tham số p4_denominator = "peak_headcount"): tỷ lệ tính trên số người lao động
    cao nhất trong kỳ đánh giá; chỉ tính các buổi phổ biến trong kỳ; số người của các buổi được
    cộng dồn theo từng nội dung.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phổ biến cho <số người> trên 420 người lao động (<tỷ lệ>)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho <số người> người lao động ngày "10/03/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | số người | tỷ lệ | kết quả  |
        | 420      | 100%  | đạt      |
        | 416      | 99%   | chưa đạt |

    Kịch bản: Hai đợt phổ biến cộng lại đủ 100% người lao động
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho 300 người lao động ngày "10/03/2024"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho 120 người lao động ngày "12/09/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "đạt"

    Khung kịch bản: Chỉ phổ biến <nội dung phổ biến> thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt <nội dung phổ biến> cho 420 người lao động ngày "10/03/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "chưa đạt"

      Dữ liệu:
        | nội dung phổ biến |
        | nội quy           |
        | tiêu chuẩn        |

    Khung kịch bản: Buổi phổ biến ngày <ngày phổ biến>, sát ngày cuối kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho 420 người lao động ngày "<ngày phổ biến>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày phổ biến | kết quả  |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Kịch bản: Số người lao động tăng trong kỳ thì 100% tính trên số cao nhất
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho 420 người lao động ngày "10/03/2024"
      Và doanh nghiệp có 450 người lao động từ ngày "01/07/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p4" nêu "420/450"

    Khung kịch bản: Chưa phổ biến, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p4"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |

  @TT124.D6.K1.p5
  Quy tắc: Có ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả
    Khoản 1 Điều 6, ý thứ năm: có ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc
    hoạt động hiệu quả, ví dụ câu lạc bộ "Công nhân tự quản về an ninh, trật tự". "Hiệu quả" là
    một đánh giá do người có thẩm quyền ghi nhận; lần đánh giá gần nhất trong kỳ đánh giá quyết
    định; mô hình đã giải thể không được tính.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Mô hình được đánh giá hoạt động hiệu quả thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "đạt"

    Kịch bản: Mô hình được đánh giá chưa hiệu quả thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"

    Kịch bản: Lần đánh giá sau "chưa hiệu quả" thay cho lần đánh giá trước "hiệu quả"
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "05/11/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"

    Khung kịch bản: Mô hình được đánh giá hiệu quả ngày <ngày đánh giá hiệu quả>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "01/09/2023"
      Và mô hình "Tổ tự quản bảo vệ hành lang lưới điện" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "<ngày đánh giá hiệu quả>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p5" nêu "đã giải thể ngày 01/11/2024"

    Khung kịch bản: Mô hình chưa được đánh giá, đánh giá năm tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p5"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự quản bảo vệ hành lang lưới điện" ngày "10/01/2024"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K1.p5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |

  @TT124.D6.K2
  Quy tắc: Thực hiện quy chế, chương trình, kế hoạch phối hợp
    Khoản 2 Điều 6 (mới đọc được một phần): thực hiện đầy đủ chủ trương của Đảng, chính sách, pháp
    luật của Nhà nước và quy chế, chương trình, kế hoạch phối hợp; phần còn lại của câu chưa đọc
    được. Cách hiểu đang dùng (tham số k2_requires_activity = true, theo Thông tư 23 và Quyết định
    510): có quy chế, chương trình hoặc kế hoạch phối hợp với công an, chính quyền địa phương, và
    có ít nhất một hoạt động phối hợp trong kỳ đánh giá.
    Trạng thái văn bản: một phần (partial)

    Khung kịch bản: Đã ký <văn bản> phối hợp với <đối tác> và có hoạt động phối hợp trong kỳ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký <văn bản> phối hợp với <đối tác> ngày "20/01/2024"
      Và doanh nghiệp đã phối hợp với cơ quan công an thực hiện "Tuần tra bảo vệ lưới điện" ngày "15/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.K2" không được đánh dấu tạm thời

      Dữ liệu:
        | văn bản      | đối tác                           |
        | quy chế      | công an và chính quyền địa phương |
        | chương trình | cơ quan công an                   |
        | kế hoạch     | chính quyền địa phương            |

    Kịch bản: Đã ký quy chế phối hợp nhưng không có hoạt động phối hợp nào trong kỳ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký quy chế phối hợp với công an và chính quyền địa phương ngày "20/01/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K2" nêu "chưa ghi nhận hoạt động phối hợp"

    Kịch bản: Có hoạt động phối hợp nhưng chưa ký quy chế, chương trình, kế hoạch phối hợp thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã phối hợp với cơ quan công an thực hiện "Tuần tra bảo vệ lưới điện" ngày "15/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "chưa đạt"

    Khung kịch bản: Hoạt động phối hợp duy nhất diễn ra ngày <ngày phối hợp>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký quy chế phối hợp với công an và chính quyền địa phương ngày "20/01/2022"
      Và doanh nghiệp đã phối hợp với cơ quan công an thực hiện "Tuần tra bảo vệ lưới điện" ngày "<ngày phối hợp>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K2" là "<kết quả>"

      Dữ liệu:
        | ngày phối hợp | kết quả  |
        | 15/11/2023    | chưa đạt |
        | 16/11/2023    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Đã ký quy chế nhưng chưa có hoạt động, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K2"
      Và doanh nghiệp đã ký quy chế phối hợp với công an và chính quyền địa phương ngày "20/01/2024"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |

  @TT124.D6.PROV1
  Quy tắc: Không để xảy ra vụ việc phức tạp về an ninh, trật tự
    Tạm thời, chưa có nguyên văn: trong kỳ đánh giá, không để xảy ra một trong các trường hợp:
    tuyên truyền, hoạt động tôn giáo trái pháp luật; khiếu kiện đông người; đình công, ngừng việc
    tập thể trái pháp luật; lộ, lọt bí mật Nhà nước, công nghệ; mất trộm tài sản có giá trị lớn;
    cháy, nổ; tai nạn lao động nghiêm trọng. Danh mục dựng lại từ khoản 3 Điều 7 Thông tư
    23/2012/TT-BCA và dự thảo năm 2020, là dữ liệu (tham số prov1_categories); vụ việc khác không
    được tính. Mọi kết quả của tiêu chí này được đánh dấu tạm thời.
    Trạng thái văn bản: tạm thời (provisional)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>" mức độ "<mức độ>" trong kỳ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại vụ việc>" mức độ "<mức độ>" ngày "01/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV1" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.PROV1" được đánh dấu tạm thời

      Dữ liệu:
        | loại vụ việc                                    | mức độ                | kết quả  |
        | tuyên truyền, hoạt động tôn giáo trái pháp luật | nghiêm trọng          | chưa đạt |
        | khiếu kiện đông người                           | ít nghiêm trọng       | chưa đạt |
        | đình công, ngừng việc tập thể trái pháp luật    | nghiêm trọng          | chưa đạt |
        | lộ, lọt bí mật Nhà nước, công nghệ              | rất nghiêm trọng      | chưa đạt |
        | mất trộm tài sản có giá trị lớn                 | nghiêm trọng          | chưa đạt |
        | cháy, nổ                                        | ít nghiêm trọng       | chưa đạt |
        | tai nạn lao động nghiêm trọng                   | nghiêm trọng          | chưa đạt |
        | vụ việc khác                                    | đặc biệt nghiêm trọng | đạt      |

    Khung kịch bản: Vụ cháy xảy ra ngày <ngày xảy ra>, sát ranh giới kỳ đánh giá năm 2024
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV1" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Kịch bản: Vụ việc xảy ra thì chưa đạt ngay, không chờ hết kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn" mức độ "nghiêm trọng" ngày "02/05/2024"
      Khi đánh giá năm 2024 tại ngày "30/06/2024"
      Thì tiêu chí "TT124.D6.PROV1" là "chưa đạt"
      Và kết quả năm là "chưa đạt"
      Và kết quả năm được đánh dấu tạm thời

    Khung kịch bản: Không xảy ra vụ việc nào, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.PROV1" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.PROV1" được đánh dấu tạm thời

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | đạt      |

    Kịch bản: Vụ việc ghi nhầm đã bị rút lại thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "02/05/2024", mã dữ kiện "VV-2024-01"
      Nhưng dữ kiện "VV-2024-01" đã bị rút lại, lý do "Vụ cháy ở doanh nghiệp lân cận, ghi nhầm đơn vị"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV1" là "đạt"
      Và tiêu chí "TT124.D6.PROV1" không dựa trên dữ kiện "VV-2024-01"
      Và kết quả năm là "đạt"

  @TT124.D6.PROV2
  Quy tắc: Không có cán bộ, người lao động phạm tội, mắc tệ nạn xã hội
    Tạm thời, chưa có nguyên văn: trong kỳ đánh giá, không có cán bộ, người lao động của đơn vị
    phạm tội hoặc mắc tệ nạn xã hội (khoản 3 Điều 7 Thông tư 23/2012/TT-BCA). Sự kiện nào được
    tính là tham số prov2_counted_stages (mặc định: bị khởi tố, bị kết án, mắc tệ nạn xã hội);
    năm 2024 các tỉnh đã đánh giá chưa đạt vì một cán bộ (nguyên giám đốc) bị khởi tố. Người vi
    phạm chỉ được ghi bằng mã bí danh, không ghi tên.
    Trạng thái văn bản: tạm thời (provisional)

    Khung kịch bản: Người lao động <vi phạm> trong kỳ thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" <vi phạm> ngày "01/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV2" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D6.PROV2" được đánh dấu tạm thời
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | vi phạm           |
        | bị khởi tố        |
        | bị kết án         |
        | mắc tệ nạn xã hội |

    Kịch bản: Nguyên giám đốc bị khởi tố thì đơn vị chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và cán bộ "CB-0001" bị khởi tố ngày "20/08/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.PROV2" nêu "CB-0001 bị khởi tố ngày 20/08/2024"

    Khung kịch bản: Người lao động bị khởi tố ngày <ngày khởi tố>, sát ngày cuối kỳ đánh giá
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và người lao động "NV-0042" bị khởi tố ngày "<ngày khởi tố>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV2" là "<kết quả>"

      Dữ liệu:
        | ngày khởi tố | kết quả  |
        | 15/11/2024   | chưa đạt |
        | 16/11/2024   | đạt      |

    Khung kịch bản: Không có ai vi phạm, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.PROV2" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.PROV2" được đánh dấu tạm thời

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | đạt      |

  @TT124.D6.PROV3
  Quy tắc: Xây dựng lực lượng bảo vệ
    Tạm thời, chưa có nguyên văn: đơn vị xây dựng lực lượng bảo vệ cơ quan, doanh nghiệp (khoản 4
    Điều 7 Thông tư 23/2012/TT-BCA mở đầu bằng nội dung này; phần còn lại chưa rõ). Tiêu chí áp
    dụng cho loại đơn vị nào là tham số prov3_applies_to (mặc định: doanh nghiệp và cơ quan). Lực
    lượng bảo vệ được xét tại ngày tham chiếu; lực lượng thành lập từ những năm trước vẫn được tính.
    Trạng thái văn bản: tạm thời (provisional)

    Kịch bản: Đã thành lập lực lượng bảo vệ thì đạt, kết quả được đánh dấu tạm thời
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.PROV3"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "05/01/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV3" là "đạt"
      Và kết quả của tiêu chí "TT124.D6.PROV3" được đánh dấu tạm thời
      Và kết quả năm được đánh dấu tạm thời

    Khung kịch bản: Lực lượng bảo vệ thành lập ngày <ngày thành lập>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.PROV3"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "<ngày thành lập>"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV3" là "<kết quả>"

      Dữ liệu:
        | ngày thành lập | kết quả  |
        | 01/03/2019     | đạt      |
        | 15/11/2024     | đạt      |
        | 16/11/2024     | chưa đạt |

    Khung kịch bản: Chưa thành lập lực lượng bảo vệ, đánh giá tại ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.PROV3"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D6.PROV3" là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D6.PROV3" được đánh dấu tạm thời

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |
