# language: vi
Tính năng: Điều 7 — Các tiêu chí đối với cơ sở giáo dục
  Thông tư 124/2021/TT-BCA, Điều 7 (văn bản gốc, có hiệu lực từ 10/02/2022). Mỗi quy tắc dưới đây là
  một tiêu chí, gắn thẻ mã điều khoản, kèm lời diễn giải của nhóm (không phải nguyên văn Thông tư)
  và trạng thái văn bản. Cách hiểu của nhóm ở chỗ văn bản chưa nói rõ là một tham số có tên
  (regulation/data/interpretation.toml), hoặc được nói rõ là cách hiểu chưa thành tham số; kết quả
  ghi lại tham số nào khác mặc định.
  Cơ sở giáo dục mẫu: Trường Trung học cơ sở Nguyễn Du, mã đơn vị quan hệ ngân sách 1123456, cấp
  trung học cơ sở, có tổ chức Đảng, 62 cán bộ, công nhân viên, người lao động, người dạy và 850
  người học. Tên này chỉ dùng làm ví dụ. "Cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm Y" ghi vào
  sổ các dữ kiện liệt kê trong features/README.md (mục Điều 4, 5, 7); "trừ tiêu chí X" bỏ riêng các
  dữ kiện của tiêu chí X. Danh hiệu thi đua, kết quả đánh giá của cơ sở giáo dục tính theo năm học:
  năm học 2023-2024 là năm thi đua của năm đánh giá 2024.
  Kỳ đánh giá năm Y: từ 16/11 năm Y-1 đến hết 15/11 năm Y (TT124.D8.K2.b). Quý I: từ 01/01 đến 31/03
  năm Y. Cơ sở giáo dục chỉ được công nhận khi đạt tất cả các tiêu chí của Điều 7 (quy tắc chung về
  kết quả năm: @TT124.D8.K1 trong dieu_06_tieu_chi.feature).

  Bối cảnh:
    Biết cơ sở giáo dục "Trường Trung học cơ sở Nguyễn Du" có mã "1123456", cấp học "trung học cơ sở", có tổ chức Đảng, 62 cán bộ, công nhân viên, người lao động, người dạy và 850 người học

  Quy tắc: Cơ sở giáo dục tiểu học, mầm non, nhà trẻ không thuộc đối tượng áp dụng
    Điểm b khoản 2 Điều 1 (quy tắc @TT124.D1.K2.b trong dieu_01_pham_vi.feature; các kịch bản dưới
    đây chỉ để tra cứu chéo): cơ sở giáo dục mầm non, nhà trẻ và tiểu học không thuộc đối tượng áp
    dụng, nên mọi tiêu chí của Điều 7 với các cơ sở này là "không áp dụng", không bao giờ "chưa
    đạt". Cách hiểu của nhóm (chưa là tham số có tên): cơ sở giáo dục chỉ bị loại khi mọi cấp học
    của nó đều là mầm non, nhà trẻ hoặc tiểu học; trường liên cấp có thêm một cấp cao hơn tiểu học
    vẫn thuộc đối tượng.

    @TT124.D1.K2.b
    Khung kịch bản: Cơ sở giáo dục có cấp học <cấp học> thì tiêu chí phạm vi là "<phạm vi>"
      Biết cơ sở giáo dục "<tên>" có mã "1123460", cấp học <cấp học>, có tổ chức Đảng, 40 cán bộ, công nhân viên, người lao động, người dạy và 500 người học
      Và cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "<phạm vi>"
      Và tiêu chí "TT124.D7.K1.p1" là "<K1.p1>"
      Và kết quả năm là "<kết quả năm>"

      Dữ liệu:
        | tên                                     | cấp học                               | phạm vi       | K1.p1         | kết quả năm   |
        | Trường Tiểu học Phường 1                | "tiểu học"                            | không áp dụng | không áp dụng | không áp dụng |
        | Trường Mầm non Hoa Sen                  | "mầm non"                             | không áp dụng | không áp dụng | không áp dụng |
        | Nhóm trẻ Họa Mi                         | "nhà trẻ", "mầm non"                  | không áp dụng | không áp dụng | không áp dụng |
        | Trường Tiểu học và Trung học cơ sở Long Đức | "tiểu học", "trung học cơ sở"     | đạt           | đạt           | đạt           |
        | Trường Trung học cơ sở Long Đức         | "trung học cơ sở"                     | đạt           | đạt           | đạt           |
        | Trường Cao đẳng Y tế Trà Vinh           | "cao đẳng"                            | đạt           | đạt           | đạt           |

    @TT124.D1.K2.b
    Kịch bản: Lý do nêu cấp học của cơ sở giáo dục không thuộc đối tượng áp dụng
      Biết cơ sở giáo dục "Trường Mầm non Hoa Sen" có mã "1123461", cấp học "mầm non", có tổ chức Đảng, 25 cán bộ, công nhân viên, người lao động, người dạy và 300 người học
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "chỉ có cấp mầm non"

  @TT124.D7.K1.p1
  Quy tắc: Quý I: nghị quyết của tổ chức Đảng (ở nơi có tổ chức Đảng), kế hoạch bảo đảm an ninh, trật tự của cơ sở giáo dục và bản đăng ký phấn đấu
    Khoản 1 Điều 7, phần trước dấu chấm phẩy thứ nhất, gồm ba việc nối bằng dấu phẩy nên cùng một mã
    điều khoản và cùng hạn quý I: (1) tổ chức Đảng của cơ sở giáo dục có nghị quyết chuyên đề riêng
    về công tác bảo đảm an ninh, trật tự, hoặc lồng ghép công tác này trong nghị quyết lãnh đạo, chỉ
    đạo hằng năm — chỉ đặt ra ở nơi có tổ chức Đảng; (2) cơ sở giáo dục có kế hoạch bảo đảm an ninh,
    trật tự của năm; (3) cơ sở giáo dục gửi bản đăng ký phấn đấu đạt tiêu chuẩn. Thiếu một việc là
    chưa đạt; cơ sở giáo dục không có tổ chức Đảng chỉ cần kế hoạch và bản đăng ký.
    Cách hiểu đang dùng (tham số p2_timing = "q1", chung với khoản 1 Điều 6): kế hoạch và bản đăng
    ký của năm Y phải có ngày trong quý I năm Y. Cách hiểu của nhóm (chưa là tham số có tên): nghị
    quyết về năm Y phải ban hành trong quý I năm Y; nghị quyết từ tháng 12 năm trước không được tính.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết ngày <ngày nghị quyết>, kế hoạch ngày <ngày kế hoạch>, bản đăng ký ngày <ngày đăng ký>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề riêng về công tác bảo đảm an ninh, trật tự năm 2024 ngày "<ngày nghị quyết>"
      Và cơ sở giáo dục đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "<ngày kế hoạch>"
      Và cơ sở giáo dục đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "<ngày đăng ký>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày nghị quyết | ngày kế hoạch | ngày đăng ký | kết quả  |
        | 15/01/2024      | 15/02/2024    | 20/02/2024   | đạt      |
        | 31/03/2024      | 31/03/2024    | 31/03/2024   | đạt      |
        | 01/04/2024      | 15/02/2024    | 20/02/2024   | chưa đạt |
        | 15/01/2024      | 01/04/2024    | 20/02/2024   | chưa đạt |
        | 15/01/2024      | 15/02/2024    | 01/04/2024   | chưa đạt |
        | 28/12/2023      | 15/02/2024    | 20/02/2024   | chưa đạt |

    Kịch bản: Nghị quyết lãnh đạo, chỉ đạo hằng năm có lồng ghép công tác bảo đảm an ninh, trật tự thì được tính
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p1"
      Và tổ chức Đảng đã lồng ghép công tác bảo đảm an ninh, trật tự năm 2024 trong nghị quyết lãnh đạo, chỉ đạo hằng năm ngày "20/01/2024"
      Và cơ sở giáo dục đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và cơ sở giáo dục đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p1" là "đạt"

    Kịch bản: Có nghị quyết và kế hoạch nhưng không đăng ký phấn đấu thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p1"
      Và tổ chức Đảng đã ban hành nghị quyết chuyên đề riêng về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/01/2024"
      Và cơ sở giáo dục đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p1" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K1.p1" nêu "chưa đăng ký phấn đấu đạt tiêu chuẩn"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Cơ sở giáo dục không có tổ chức Đảng, <có hay không có> kế hoạch và bản đăng ký
      Biết cơ sở giáo dục "Trường Trung học phổ thông tư thục Ánh Dương" có mã "2100000555", cấp học "trung học phổ thông", không có tổ chức Đảng, 35 cán bộ, công nhân viên, người lao động, người dạy và 420 người học
      Và cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024<trừ>
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p1" là "<kết quả>"

      Dữ liệu:
        | có hay không có | trừ                             | kết quả  |
        | có              |                                 | đạt      |
        | không có        | , trừ tiêu chí "TT124.D7.K1.p1" | chưa đạt |

    Khung kịch bản: Chưa có nghị quyết, kế hoạch, bản đăng ký, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D7.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

  @TT124.D7.K1.p2
  Quy tắc: Có nội quy, quy định về bốn nội dung của cơ sở giáo dục, phù hợp với tình hình thực tiễn
    Khoản 1 Điều 7, phần thứ hai: cơ sở giáo dục phải có nội quy, quy định còn hiệu lực cho từng
    nội dung trong bốn nội dung — quản lý giáo dục người học; bảo vệ cơ sở giáo dục; phòng, chống
    cháy nổ; bảo vệ chính trị nội bộ — sát với tình hình thực tiễn của mình. Khác sáu nội dung của
    khoản 1 Điều 6, ở đây không có bảo vệ bí mật Nhà nước, an toàn lao động, bảo vệ môi trường, và
    văn bản không nhắc "quy định của pháp luật". Một văn bản có thể bao quát nhiều nội dung; nội
    quy ban hành từ những năm trước mà còn hiệu lực vẫn được tính.
    Cách hiểu đang dùng (tham số standing_duties = "on_reference_day", chung với khoản 1 Điều 6):
    nội quy được xét tại ngày tham chiếu (ngày đánh giá, không muộn hơn 15/11); với "from_q1_end"
    thì mỗi nội dung phải có nội quy còn hiệu lực liên tục từ ngày 31/3 năm Y.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nội quy về đủ bốn nội dung ban hành ngày <ngày ban hành>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p2"
      Và cơ sở giáo dục đã ban hành nội quy, quy định về đủ bốn nội dung ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/09/2020    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Nội quy về "<nội dung>" bị bãi bỏ trong kỳ thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "<nội dung>" đã bị bãi bỏ ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K1.p2" nêu "<nội dung>"

      Dữ liệu:
        | nội dung                   |
        | quản lý giáo dục người học |
        | bảo vệ cơ sở giáo dục      |
        | phòng, chống cháy nổ       |
        | bảo vệ chính trị nội bộ    |

    Kịch bản: Nội quy bị bãi bỏ được ban hành lại trước ngày tham chiếu thì đạt theo cách hiểu mặc định
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng nội quy về "quản lý giáo dục người học" đã bị bãi bỏ ngày "01/06/2024"
      Và cơ sở giáo dục đã ban hành nội quy về "quản lý giáo dục người học" ngày "15/08/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p2" là "đạt"
      Và kết quả của tiêu chí "TT124.D7.K1.p2" theo cách hiểu mặc định

    Kịch bản: Nội quy về sáu nội dung của doanh nghiệp không thay được nội quy về quản lý giáo dục người học
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p2"
      Và cơ sở giáo dục đã ban hành nội quy về "bảo vệ cơ sở giáo dục" ngày "05/01/2024"
      Và cơ sở giáo dục đã ban hành nội quy về "bảo vệ chính trị nội bộ" ngày "05/01/2024"
      Và cơ sở giáo dục đã ban hành nội quy về "phòng, chống cháy nổ" ngày "05/01/2024"
      Và cơ sở giáo dục đã ban hành nội quy về "an toàn lao động" ngày "05/01/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K1.p2" nêu "quản lý giáo dục người học"

    Khung kịch bản: Chưa có nội quy, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p2"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D7.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  @TT124.D7.K1.p3
  Quy tắc: Toàn bộ cán bộ, công nhân viên, người lao động, người dạy và người học được phổ biến, quán triệt nội quy, quy định và bộ tiêu chí
    Khoản 1 Điều 7, phần thứ ba: mọi người của cơ sở giáo dục — cán bộ, công nhân viên, người lao
    động, người dạy và cả người học — (đủ 100%) phải được phổ biến, quán triệt hai nội dung: các nội
    quy, quy định ở phần thứ hai và bộ tiêu chí cơ sở giáo dục đạt tiêu chuẩn.
    Cách hiểu đang dùng (tham số p4_denominator = "peak_headcount", chung với khoản 1 Điều 6): tỷ lệ
    tính trên tổng số người cao nhất trong kỳ đánh giá (cán bộ, người dạy cộng người học), nên người
    học nhập học trong kỳ (năm học mới) cũng phải được phổ biến. Cách hiểu của nhóm (chưa là tham số
    có tên): chỉ tính các buổi phổ biến trong kỳ; số người của các buổi được cộng dồn theo từng nội
    dung (lượt người dự), vì sổ không ghi danh sách người dự.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phổ biến cho <số người> trên 912 người (62 cán bộ, người dạy và 850 người học)
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p3"
      Và cơ sở giáo dục đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho <số người> người ngày "10/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p3" là "<kết quả>"

      Dữ liệu:
        | số người | kết quả  |
        | 912      | đạt      |
        | 911      | chưa đạt |
        | 62       | chưa đạt |

    Kịch bản: Chỉ phổ biến cho cán bộ, người dạy mà không cho người học thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p3"
      Và cơ sở giáo dục đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 62 người ngày "10/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K1.p3" nêu "62/912"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Chỉ phổ biến <nội dung phổ biến> thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p3"
      Và cơ sở giáo dục đã phổ biến, quán triệt <nội dung phổ biến> cho 912 người ngày "10/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p3" là "chưa đạt"

      Dữ liệu:
        | nội dung phổ biến |
        | nội quy, quy định |
        | tiêu chí          |

    Khung kịch bản: Năm học mới có 900 người học từ 05/09/2024; <buổi sau>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p3"
      Và cơ sở giáo dục đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 912 người ngày "15/03/2024"
      Và cơ sở giáo dục có 900 người học từ ngày "05/09/2024"
      Và cơ sở giáo dục đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho <số người> người ngày "10/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p3" là "<kết quả>"

      Dữ liệu:
        | buổi sau                                        | số người | kết quả  |
        | phổ biến thêm cho 50 người học mới nhập học     | 50       | đạt      |
        | phổ biến thêm cho 49 người                      | 49       | chưa đạt |

    Khung kịch bản: Buổi phổ biến ngày <ngày phổ biến>, sát ranh giới kỳ đánh giá
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p3"
      Và cơ sở giáo dục đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 912 người ngày "<ngày phổ biến>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày phổ biến | kết quả  |
        | 15/11/2023    | chưa đạt |
        | 16/11/2023    | đạt      |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

  @TT124.D7.K1.p4
  Quy tắc: Có ít nhất một mô hình của phong trào toàn dân bảo vệ an ninh Tổ quốc, được đánh giá là hoạt động hiệu quả
    Khoản 1 Điều 7, phần cuối: cơ sở giáo dục phải có từ một mô hình trở lên của phong trào toàn
    dân bảo vệ an ninh Tổ quốc, được người có thẩm quyền đánh giá là hoạt động hiệu quả; lần đánh
    giá gần nhất trong kỳ quyết định; mô hình đã giải thể không được tính. Cách hiểu đang dùng
    (tham số standing_duties = "on_reference_day"), như ý thứ năm khoản 1 Điều 6.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Mô hình "Đội thanh niên xung kích trường học" được đánh giá <đánh giá> ngày <ngày đánh giá hiệu quả>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K1.p4"
      Và cơ sở giáo dục đã xây dựng mô hình "Đội thanh niên xung kích trường học" ngày "05/09/2022"
      Và mô hình "Đội thanh niên xung kích trường học" được "Công an tỉnh Trà Vinh" đánh giá <đánh giá> ngày "<ngày đánh giá hiệu quả>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p4" là "<kết quả>"

      Dữ liệu:
        | đánh giá            | ngày đánh giá hiệu quả | kết quả  |
        | hoạt động hiệu quả  | 20/10/2024             | đạt      |
        | chưa hiệu quả       | 20/10/2024             | chưa đạt |
        | hoạt động hiệu quả  | 15/11/2023             | chưa đạt |
        | hoạt động hiệu quả  | 16/11/2023             | đạt      |
        | hoạt động hiệu quả  | 15/11/2024             | đạt      |
        | hoạt động hiệu quả  | 16/11/2024             | chưa đạt |

    Kịch bản: Mô hình đã giải thể thì không còn được tính
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng mô hình "Tổ tự quản an ninh, trật tự trường học" đã giải thể ngày "01/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K1.p4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K1.p4" nêu "đã giải thể ngày 01/11/2024"
      Và kết quả năm là "chưa đạt"

  @TT124.D7.K2
  Quy tắc: Thực hiện đầy đủ chủ trương, chính sách, pháp luật, văn bản phối hợp với lực lượng Công an (nếu có), quy định của địa phương; với cấp học phổ thông, có hình thức phối hợp với Ban Đại diện cha mẹ học sinh
    Khoản 2 Điều 7, hai vế: (1) như khoản 2 Điều 6, cơ sở giáo dục thực hiện đầy đủ đường lối, chủ
    trương của Đảng, chính sách và pháp luật của Nhà nước, quy định của địa phương, và — nếu đã có —
    các văn bản phối hợp với lực lượng Công an (quy chế, chương trình, kế hoạch); không có văn bản phối hợp
    không phải là chưa đạt; (2) cơ sở giáo dục có cấp học phổ thông phải có hình thức, biện pháp
    cùng Ban Đại diện cha mẹ học sinh quản lý học sinh trong công tác bảo đảm an ninh, trật tự.
    Vế (1) là kết luận của hội nghị đánh giá hoặc cơ quan thẩm định (tham số implementation_evidence
    = "no_contrary_finding": hết kỳ mà không có kết luận ngược lại thì đạt). Vế (2) chỉ đặt ra với
    cơ sở có cấp học phổ thông (tiểu học, trung học cơ sở, trung học phổ thông); cơ sở không có cấp
    học phổ thông thì vế này không áp dụng. Cách hiểu của nhóm (chưa là tham số có tên): hình thức
    phối hợp được ghi nhận bằng văn bản (quy chế, kế hoạch) có từ ngày tham chiếu trở về trước.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Trường trung học cơ sở có quy chế phối hợp với Ban Đại diện cha mẹ học sinh và không có kết luận ngược lại thì đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K2" là "đạt"
      Và tiêu chí "TT124.D7.K2" dựa trên dữ kiện "phoi-hop-ban-dai-dien"

    Kịch bản: Trường trung học cơ sở không có hình thức phối hợp với Ban Đại diện cha mẹ học sinh thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K2"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K2" nêu "Ban Đại diện cha mẹ học sinh"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Cơ sở giáo dục có cấp học <cấp học>, không có hình thức phối hợp với Ban Đại diện cha mẹ học sinh
      Biết cơ sở giáo dục "<tên>" có mã "1123470", cấp học <cấp học>, có tổ chức Đảng, 80 cán bộ, công nhân viên, người lao động, người dạy và 1200 người học
      Và cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K2"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K2" là "<kết quả>"

      Dữ liệu:
        | tên                                            | cấp học                                 | kết quả  |
        | Trường Trung học phổ thông Phạm Thái Bường      | "trung học phổ thông"                   | chưa đạt |
        | Trường Tiểu học và Trung học cơ sở Long Đức      | "tiểu học", "trung học cơ sở"           | chưa đạt |
        | Trường Cao đẳng Y tế Trà Vinh                    | "cao đẳng"                              | đạt      |
        | Trường Đại học Trà Vinh                          | "đại học"                               | đạt      |

    Khung kịch bản: Hình thức phối hợp với Ban Đại diện cha mẹ học sinh có từ ngày <ngày ban hành>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K2"
      Và cơ sở giáo dục đã có hình thức phối hợp với Ban Đại diện cha mẹ học sinh trong quản lý học sinh: "Kế hoạch phối hợp quản lý học sinh năm học 2024-2025" ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K2" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 15/11/2024    | đạt      |
        | 16/11/2024    | chưa đạt |

    Khung kịch bản: Không có hình thức phối hợp, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K2"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D7.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

    Kịch bản: Hội nghị đánh giá kết luận cơ sở giáo dục chưa thực hiện đầy đủ thì chưa đạt dù có phối hợp với Ban Đại diện cha mẹ học sinh
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận cơ sở giáo dục chưa thực hiện đầy đủ tiêu chí "TT124.D7.K2" năm 2024 ngày "12/11/2024": "Chưa thực hiện kế hoạch phối hợp với Công an phường về bảo đảm trật tự cổng trường"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K2" nêu "Chưa thực hiện kế hoạch phối hợp với Công an phường"

  @TT124.D7.K3
  Quy tắc: Không để xảy ra trường hợp nào thuộc các điểm a, b, c, đ, e, g khoản 3 Điều 6
    Khoản 3 Điều 7 dẫn chiếu sáu điểm của khoản 3 Điều 6: tuyên truyền, phát triển tín ngưỡng, tôn
    giáo trái pháp luật (a); lợi dụng tín ngưỡng, tôn giáo, dân tộc hay tranh chấp, khiếu kiện (b); kích
    động khiếu nại đông người, gây rối, vu khống người giải quyết khiếu nại (c); tội phạm nghiêm
    trọng trở lên, trừ bất khả kháng hoặc khi đã xử lý kịp thời đủ ba việc (đ); vi phạm quy định bảo
    vệ bí mật Nhà nước (e); cháy, nổ, sự cố nghiêm trọng, tai nạn lao động chết người, vi phạm
    về môi trường, an toàn vệ sinh thực phẩm có hậu quả từ nghiêm trọng trở lên, trừ bất khả kháng
    (g). Điểm d (đình công, lãn công) và điểm h (cán bộ bị xử phạt vi phạm hành chính, mắc tệ nạn xã
    hội) không được dẫn chiếu; người của cơ sở giáo dục phạm tội, mắc tệ nạn xã hội được xét ở
    khoản 4. Cách tính (ngày xảy ra, phân loại, bất khả kháng, mức độ) như ở khoản 3 Điều 6; lý do
    nêu điểm nào của khoản 3 Điều 6 chưa đạt hoặc chưa kết luận.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại>"<chi tiết> thì <kết quả> (<điểm>)
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại>"<chi tiết> ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K3" là "<kết quả>"

      Dữ liệu:
        | loại                                                                                   | chi tiết                              | điểm                | kết quả       |
        | tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật                           |                                       | điểm a              | chưa đạt      |
        | lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT        |                                       | điểm b              | chưa đạt      |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | | điểm c              | chưa đạt      |
        | tội phạm                                                                               | , mức độ "nghiêm trọng"               | điểm đ              | chưa đạt      |
        | tội phạm                                                                               | , mức độ "ít nghiêm trọng"            | dưới ngưỡng điểm đ  | đạt           |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước                                         |                                       | điểm e              | chưa đạt      |
        | vi phạm an toàn vệ sinh thực phẩm                                                      | , mức độ "nghiêm trọng"               | điểm g              | chưa đạt      |
        | cháy, nổ                                                                               |                                       | điểm g, chưa phân loại | chưa kết luận |
        | đình công, lãn công                                                                    | , được xác định là trái pháp luật     | điểm d, không dẫn chiếu | đạt           |

    Kịch bản: Lý do nêu điểm của khoản 3 Điều 6 chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "vi phạm an toàn vệ sinh thực phẩm", mức độ "nghiêm trọng" ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K3" nêu "điểm g"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Người dạy bị xử phạt vi phạm hành chính về an ninh, trật tự không làm khoản 3 chưa đạt (điểm h không được dẫn chiếu)
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và viên chức "GV-2024-015" bị xử phạt vi phạm hành chính về an ninh, trật tự (hình thức "phạt tiền") ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K3" là "đạt"
      Và tiêu chí "TT124.D7.K4" là "đạt"
      Và kết quả năm là "đạt"

    Khung kịch bản: Cháy nghiêm trọng tại trường xảy ra ngày <ngày xảy ra> (ranh giới 15/11 — 16/11)
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K3" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

  @TT124.D7.K4
  Quy tắc: Không để xảy ra bạo lực học đường; không có người của cơ sở giáo dục phạm tội, hoặc mắc tệ nạn xã hội mà bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 4 Điều 7: trong kỳ đánh giá (1) không để xảy ra bạo lực học đường; (2) không có người dạy,
    người học, cán bộ, công nhân viên hay người lao động nào phạm tội; (3) không có người nào trong
    số đó mắc tệ nạn xã hội và vì thế bị kỷ luật từ hình thức cảnh cáo trở lên. Ngưỡng "từ hình thức
    cảnh cáo trở lên" chỉ gắn với vế mắc tệ nạn xã hội; việc phạm tội tự nó đã làm chưa đạt. Mọi
    vụ bạo lực học đường đều bị tính, không có ngưỡng mức độ. Hình thức nào từ cảnh cáo trở lên tùy
    chế độ kỷ luật của từng người (regulation/data/discipline.toml: viên chức, người lao động, người
    học); thang hình thức kỷ luật người học trong tệp đó chưa được đối chiếu với văn bản hiện hành
    của Bộ Giáo dục và Đào tạo.
    Cách hiểu đang dùng (tham số learner_crime_from = "conviction"): "phạm tội" chỉ được xác định bằng
    bản án đã tuyên (nguyên tắc suy đoán vô tội), nên bản án kết tội có ngày trong kỳ làm chưa đạt,
    còn quyết định khởi tố bị can trong kỳ làm tiêu chí chưa kết luận; với "prosecution" thì quyết
    định khởi tố trong kỳ đã làm chưa đạt. Bản án, quyết định khởi tố, quyết định kỷ luật được tính
    theo ngày ban hành.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Bạo lực học đường xảy ra ngày <ngày xảy ra>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "bạo lực học đường" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 10/10/2024  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: <Người> "<mã>" <giai đoạn> ngày 20/09/2024, theo cách hiểu mặc định
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và <người> "<mã>" <giai đoạn> ngày "20/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"
      Và kết quả năm là "<kết quả>"
      Và kết quả của tiêu chí "TT124.D7.K4" theo cách hiểu mặc định

      Dữ liệu:
        | Người    | người    | mã          | giai đoạn   | kết quả       |
        | Người học | người học | HS-2024-031 | bị kết án   | chưa đạt      |
        | Người học | người học | HS-2024-031 | bị khởi tố  | chưa kết luận |
        | Người dạy | người dạy | GV-2024-015 | bị kết án   | chưa đạt      |
        | Người dạy | người dạy | GV-2024-015 | bị khởi tố  | chưa kết luận |
        | Cán bộ    | cán bộ    | CB-2024-002 | bị kết án   | chưa đạt      |

    Kịch bản: Bị khởi tố rồi bị kết án trong kỳ thì chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và người học "HS-2024-031" bị khởi tố ngày "20/03/2024"
      Và người học "HS-2024-031" bị kết án ngày "25/10/2024", mã dữ kiện "ban-an"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K4" nêu "HS-2024-031 bị kết án ngày 25/10/2024"
      Và tiêu chí "TT124.D7.K4" dựa trên dữ kiện "ban-an"

    Khung kịch bản: Bản án kết tội người học có ngày <ngày bản án>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và người học "HS-2024-031" bị kết án ngày "<ngày bản án>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"

      Dữ liệu:
        | ngày bản án | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Khung kịch bản: Người học bị khởi tố ngày 20/09/2024, theo cách hiểu "<cách hiểu>"
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "learner_crime_from" là "<cách hiểu>"
      Và người học "HS-2024-031" bị khởi tố ngày "20/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"

      Dữ liệu:
        | cách hiểu   | kết quả       |
        | conviction  | chưa kết luận |
        | prosecution | chưa đạt      |

    Kịch bản: Theo cách hiểu "tính từ khi khởi tố", kết quả ghi cách hiểu đó
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "learner_crime_from" là "prosecution"
      Và người học "HS-2024-031" bị khởi tố ngày "20/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D7.K4" ghi cách hiểu "learner_crime_from" là "prosecution"

    Kịch bản: Theo cách hiểu mặc định, lý do nêu người bị khởi tố chưa có bản án
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và người học "HS-2024-031" bị khởi tố ngày "20/09/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D7.K4" nêu "chưa có bản án"

    Khung kịch bản: <Người> "<mã>" bị kỷ luật "<hình thức>" <vì sao>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và <người> "<mã>" <quyết định kỷ luật> ngày "12/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"

      Dữ liệu:
        | Người          | người          | mã          | hình thức                   | vì sao                 | quyết định kỷ luật                                                 | kết quả  |
        | Viên chức      | viên chức      | GV-2024-015 | khiển trách                 | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "khiển trách"                        | đạt      |
        | Viên chức      | viên chức      | GV-2024-015 | cảnh cáo                    | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "cảnh cáo"                           | chưa đạt |
        | Viên chức      | viên chức      | GV-2024-015 | cảnh cáo                    | vì vi phạm khác        | bị kỷ luật "cảnh cáo"                                              | đạt      |
        | Người lao động | người lao động | NV-2024-004 | khiển trách                 | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "khiển trách"                        | đạt      |
        | Người lao động | người lao động | NV-2024-004 | kéo dài thời hạn nâng lương | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "kéo dài thời hạn nâng lương"        | chưa đạt |
        | Người học      | người học      | HS-2024-031 | khiển trách                 | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "khiển trách"                        | đạt      |
        | Người học      | người học      | HS-2024-031 | cảnh cáo                    | vì mắc tệ nạn xã hội   | mắc tệ nạn xã hội, bị kỷ luật "cảnh cáo"                           | chưa đạt |

    Khung kịch bản: Không xảy ra trường hợp nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D7.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

  @TT124.D7.K5
  Quy tắc: Lực lượng bảo vệ cơ sở giáo dục (nếu có) có danh hiệu "Tập thể lao động tiên tiến" hoặc kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên; không thành viên nào bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 5 Điều 7: nếu cơ sở giáo dục có lực lượng bảo vệ thì lực lượng đó phải có danh hiệu "Tập
    thể lao động tiên tiến", hoặc có kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên — yêu
    cầu này chỉ đặt ra ở nơi đủ điều kiện bình xét danh hiệu thi đua — và không thành viên nào của
    lực lượng bị kỷ luật từ hình thức cảnh cáo trở lên. Khác khoản 4 Điều 6, khoản này có "(nếu
    có)": cơ sở giáo dục không có lực lượng bảo vệ thì tiêu chí không áp dụng.
    Cách hiểu đang dùng: tham số not_eligible = "title_half_lapses" (không đủ điều kiện bình xét thì
    chỉ còn xét vế kỷ luật) và rating_year = "latest_by_window_end" (xét kết quả của năm học kết thúc
    trong năm Y nếu đã có, nếu chưa thì của năm học trước), chung với khoản 4 Điều 6. Cách hiểu của
    nhóm (chưa là tham số có tên): danh hiệu cao hơn "Tập thể lao động tiên tiến" cũng đáp ứng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Lực lượng bảo vệ <kết quả thi đua> năm học 2023-2024
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K5"
      Và cơ sở giáo dục đã thành lập lực lượng bảo vệ gồm 3 người ngày "05/01/2022"
      Và lực lượng bảo vệ <kết quả thi đua> năm học 2023-2024, quyết định ngày "25/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K5" là "<kết quả>"

      Dữ liệu:
        | kết quả thi đua                          | kết quả  |
        | đạt "Tập thể lao động tiên tiến"         | đạt      |
        | đạt "Hoàn thành tốt nhiệm vụ"            | đạt      |
        | đạt "Hoàn thành nhiệm vụ"                | chưa đạt |
        | không đủ điều kiện bình xét thi đua      | đạt      |

    Kịch bản: Cơ sở giáo dục không có lực lượng bảo vệ thì tiêu chí không áp dụng và kết quả năm vẫn có thể đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K5"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K5" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D7.K5" nêu "không có lực lượng bảo vệ"
      Và kết quả năm là "đạt"

    Khung kịch bản: Thành viên lực lượng bảo vệ là <người> bị kỷ luật "<hình thức>"
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và <người> "NV-2024-004" thuộc lực lượng bảo vệ bị kỷ luật "<hình thức>" ngày "<ngày quyết định>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K5" là "<kết quả>"

      Dữ liệu:
        | người          | hình thức                   | ngày quyết định | kết quả  |
        | người lao động | khiển trách                 | 12/10/2024      | đạt      |
        | người lao động | kéo dài thời hạn nâng lương | 12/10/2024      | chưa đạt |
        | viên chức      | cảnh cáo                    | 12/10/2024      | chưa đạt |
        | viên chức      | cảnh cáo                    | 15/11/2023      | đạt      |
        | viên chức      | cảnh cáo                    | 16/11/2023      | chưa đạt |

  @TT124.D7.K6
  Quy tắc: Các khoa, phòng, ban, tổ chuyên môn trực thuộc: từ 70% trở lên có danh hiệu hoặc kết quả đánh giá đạt yêu cầu; không người nào bị kỷ luật từ hình thức cảnh cáo trở lên
    Khoản 6 Điều 7: tính trên các đầu mối trực thuộc của cơ sở giáo dục (khoa, phòng, ban, tổ chuyên
    môn) đủ điều kiện bình xét danh hiệu thi đua, phải có từ 70% trở lên số đầu mối có danh hiệu "Tập
    thể lao động tiên tiến" hoặc có kết quả đánh giá từ "Hoàn thành tốt nhiệm vụ" trở lên (so sánh đúng,
    không làm tròn); ngoài ra không người nào của cơ sở giáo dục bị kỷ luật từ hình thức cảnh cáo
    trở lên.
    Cách hiểu đang dùng, chung với khoản 5 Điều 6: sub_unit_discipline = "anyone_in_the_unit" (một
    người của cơ sở giáo dục bị kỷ luật từ cảnh cáo trở lên là chưa đạt), no_sub_units = "not_met"
    (chưa ghi nhận đầu mối nào thì chưa kết luận trong kỳ, rồi chưa đạt), not_eligible =
    "title_half_lapses", rating_year = "latest_by_window_end".
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: <số đạt> trên 10 tổ chuyên môn đạt "Tập thể lao động tiên tiến" năm học 2023-2024
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K6"
      Và cơ sở giáo dục có 10 tổ chuyên môn từ ngày "15/08/2023"
      Và <số đạt> đầu mối trực thuộc đạt "Tập thể lao động tiên tiến" năm học 2023-2024, quyết định ngày "25/06/2024"
      Và <số còn lại> đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm học 2023-2024, quyết định ngày "25/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K6" là "<kết quả>"

      Dữ liệu:
        | số đạt | số còn lại | kết quả  |
        | 7      | 3          | đạt      |
        | 6      | 4          | chưa đạt |

    Kịch bản: Chỉ 6 trên 10 tổ chuyên môn đạt thì lý do nêu tỷ lệ
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K6"
      Và cơ sở giáo dục có 10 tổ chuyên môn từ ngày "15/08/2023"
      Và 6 đầu mối trực thuộc đạt "Tập thể lao động tiên tiến" năm học 2023-2024, quyết định ngày "25/06/2024"
      Và 4 đầu mối trực thuộc đạt "Hoàn thành nhiệm vụ" năm học 2023-2024, quyết định ngày "25/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K6" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D7.K6" nêu "6/10 (60%)"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Người dạy của "Tổ Ngữ văn" bị kỷ luật "<hình thức>"
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Và viên chức "GV-2024-015" thuộc "Tổ Ngữ văn" bị kỷ luật "<hình thức>" ngày "12/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D7.K6" là "<kết quả>"

      Dữ liệu:
        | hình thức   | kết quả  |
        | khiển trách | đạt      |
        | cảnh cáo    | chưa đạt |

    Khung kịch bản: Chưa ghi nhận đầu mối trực thuộc nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D7.K6"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D7.K6" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  Quy tắc: Cơ sở giáo dục đạt tất cả các tiêu chí của Điều 7 thì kết quả năm đạt
    Lời dẫn của Điều 7: cơ sở giáo dục chỉ được công nhận khi đạt tất cả các tiêu chí của điều này
    (quy tắc chung về kết quả năm có mã @TT124.D8.K1, trong dieu_06_tieu_chi.feature; các kịch bản
    dưới đây chỉ để tra cứu chéo).

    @TT124.D8.K1 @TT124.D8.K2.b
    Kịch bản: Cơ sở giáo dục đáp ứng đầy đủ các tiêu chí thì kết quả năm đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"
      Và kỳ đánh giá là từ ngày "16/11/2023" đến ngày "15/11/2024"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả |
        | TT124.D1.K2.b  | đạt     |
        | TT124.D7.K1.p1 | đạt     |
        | TT124.D7.K1.p2 | đạt     |
        | TT124.D7.K1.p3 | đạt     |
        | TT124.D7.K1.p4 | đạt     |
        | TT124.D7.K2    | đạt     |
        | TT124.D7.K3    | đạt     |
        | TT124.D7.K4    | đạt     |
        | TT124.D7.K5    | đạt     |
        | TT124.D7.K6    | đạt     |
      Và kết quả năm không được đánh dấu tạm thời

    @TT124.D8.K1 @TT124.D8.K2.b
    Khung kịch bản: Cơ sở giáo dục đáp ứng đầy đủ các tiêu chí, kết quả năm tính đến hết ngày <ngày đánh giá>
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

    @TT124.D8.K1
    Khung kịch bản: Chỉ một tiêu chí của cơ sở giáo dục chưa đạt (<tiêu chí>) thì kết quả năm chưa đạt
      Biết cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "<tiêu chí>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "<tiêu chí>" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | tiêu chí       |
        | TT124.D7.K1.p1 |
        | TT124.D7.K1.p2 |
        | TT124.D7.K1.p3 |
        | TT124.D7.K1.p4 |
        | TT124.D7.K2    |
        | TT124.D7.K6    |
