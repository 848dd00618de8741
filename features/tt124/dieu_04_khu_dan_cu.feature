# language: vi
Tính năng: Điều 4 — Các tiêu chí đối với khu dân cư
  Thông tư 124/2021/TT-BCA, Điều 4 (văn bản gốc, có hiệu lực từ 10/02/2022). Khu dân cư luôn thuộc
  đối tượng áp dụng (điểm a khoản 2 Điều 1: quy tắc @TT124.D1.K2.a trong dieu_01_pham_vi.feature).
  Mỗi quy tắc dưới đây là một tiêu chí, gắn thẻ mã điều khoản, kèm lời diễn giải của nhóm (không phải nguyên văn Thông tư) và trạng
  thái văn bản. Cách hiểu của nhóm ở chỗ văn bản chưa nói rõ là một tham số có tên
  (regulation/data/interpretation.toml), hoặc được nói rõ là cách hiểu chưa thành tham số; kết quả
  ghi lại tham số nào khác mặc định.
  Khu dân cư mẫu: khóm "Khóm 3" của phường 1, mã "29254-KHOM3" (mã xã 29254 và ký hiệu riêng của
  khu dân cư), có chi bộ. "Khu dân cư đáp ứng đầy đủ các tiêu chí năm Y" ghi vào sổ các dữ kiện
  liệt kê trong features/README.md (mục Điều 4, 5, 7); "trừ tiêu chí X" bỏ riêng các dữ kiện của
  tiêu chí X. Mọi dữ kiện ghi vào sổ của khu dân cư là việc xảy ra trên địa bàn khu dân cư.
  Kỳ đánh giá năm Y của khu dân cư: từ 01/11 năm Y-1 đến hết 31/10 năm Y (TT124.D8.K2.a). Quý I: từ
  01/01 đến 31/03 năm Y. Khu dân cư chỉ được công nhận khi đạt tất cả các tiêu chí của Điều 4; một
  tiêu chí chưa đạt thì kết quả năm chưa đạt (quy tắc chung về kết quả năm: @TT124.D8.K1 trong
  dieu_06_tieu_chi.feature).

  Bối cảnh:
    Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ

  @TT124.D4.K1.p1
  Quy tắc: Quý I, chi bộ có nghị quyết và khu dân cư đăng ký phấn đấu đạt tiêu chuẩn
    Khoản 1 Điều 4, phần trước dấu chấm phẩy: trong quý I của năm, chi bộ của khu dân cư ra nghị
    quyết về công tác bảo đảm an ninh, trật tự, và khu dân cư gửi bản đăng ký phấn đấu đạt tiêu
    chuẩn của năm. Hai việc nối bằng dấu phẩy trong cùng một phần, nên cùng một mã điều khoản và
    cùng hạn quý I; thiếu một trong hai là chưa đạt. Khác Điều 6 và Điều 7, khoản này không có ngoặc
    "đối với nơi có tổ chức Đảng", và khu dân cư không phải lập kế hoạch.
    Cách hiểu đang dùng (tham số residential_no_party_cell = "not_met"): khu dân cư không có chi bộ
    của riêng mình thì không đáp ứng phần nghị quyết; với "not_applicable" (theo điểm a khoản 2
    Điều 9, nơi hồ sơ đăng ký chỉ đòi nghị quyết ở nơi có tổ chức Đảng) thì phần nghị quyết không
    áp dụng và chỉ xét bản đăng ký. Cách hiểu của nhóm (chưa là tham số có tên): nghị quyết, bản
    đăng ký về năm Y phải có ngày từ 01/01 đến 31/03 năm Y; văn bản ban hành từ tháng 12 năm trước
    không được tính. Hạn quý I của bản đăng ký dùng chung tham số p2_timing = "q1" của khoản 1
    Điều 6 (với "window" thì bản đăng ký chỉ cần có trong kỳ đánh giá).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết của chi bộ ngày <ngày nghị quyết>, bản đăng ký ngày <ngày đăng ký>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p1"
      Và chi bộ đã ban hành nghị quyết về công tác bảo đảm an ninh, trật tự năm 2024 ngày "<ngày nghị quyết>"
      Và khu dân cư đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "<ngày đăng ký>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày nghị quyết | ngày đăng ký | kết quả  |
        | 15/01/2024      | 20/02/2024   | đạt      |
        | 01/01/2024      | 31/03/2024   | đạt      |
        | 31/03/2024      | 31/03/2024   | đạt      |
        | 01/04/2024      | 20/02/2024   | chưa đạt |
        | 15/01/2024      | 01/04/2024   | chưa đạt |
        | 28/12/2023      | 20/02/2024   | chưa đạt |

    Kịch bản: Chi bộ có nghị quyết nhưng khu dân cư không đăng ký phấn đấu thì chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p1"
      Và chi bộ đã ban hành nghị quyết về công tác bảo đảm an ninh, trật tự năm 2024 ngày "15/01/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p1" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K1.p1" nêu "chưa đăng ký phấn đấu đạt tiêu chuẩn"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Chưa có nghị quyết và bản đăng ký, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

    Khung kịch bản: Khu dân cư không có chi bộ, chỉ có bản đăng ký, theo cách hiểu "<cách hiểu>"
      Biết khu dân cư "Khóm 7" thuộc phường 1, mã "29254-KHOM7", không có chi bộ
      Và địa phương áp dụng cách hiểu "residential_no_party_cell" là "<cách hiểu>"
      Và khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p1" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | cách hiểu      | kết quả  |
        | not_met        | chưa đạt |
        | not_applicable | đạt      |

    Kịch bản: Theo cách hiểu mặc định, lý do nêu khu dân cư không có chi bộ
      Biết khu dân cư "Khóm 7" thuộc phường 1, mã "29254-KHOM7", không có chi bộ
      Và khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p1" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K1.p1" nêu "không ghi nhận tổ chức Đảng"
      Và kết quả của tiêu chí "TT124.D4.K1.p1" theo cách hiểu mặc định

    Kịch bản: Theo cách hiểu "không áp dụng", kết quả ghi cách hiểu đó
      Biết khu dân cư "Khóm 7" thuộc phường 1, mã "29254-KHOM7", không có chi bộ
      Và địa phương áp dụng cách hiểu "residential_no_party_cell" là "not_applicable"
      Và khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p1" là "đạt"
      Và kết quả của tiêu chí "TT124.D4.K1.p1" ghi cách hiểu "residential_no_party_cell" là "not_applicable"

  @TT124.D4.K1.p2
  Quy tắc: Đủ 100% số hộ gia đình đang cư trú ở khu dân cư đăng ký tham gia xây dựng khu dân cư an toàn
    Khoản 1 Điều 4, phần sau dấu chấm phẩy: mọi hộ gia đình đang cư trú ở khu dân cư (đủ 100%, không
    thiếu hộ nào) đăng ký tham gia xây dựng khu dân cư đạt tiêu chuẩn. Sổ ghi số liệu đếm hộ: số hộ
    đang cư trú và số hộ đã đăng ký của năm, kèm ngày đếm.
    Cách hiểu của nhóm (chưa là tham số có tên): cụm "Quý I hằng năm" mở đầu khoản 1 nên việc đăng
    ký của các hộ cũng có hạn quý I; chỉ xét số liệu đếm trong quý I (đến hết ngày 31/03 năm Y), và
    số liệu đếm sau cùng trong quý I quyết định, kể cả mẫu số (số hộ đang cư trú tại lần đếm đó).
    Hộ chuyển đến sau quý I không được tính vào năm Y.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: <số hộ đăng ký> trên 120 hộ gia đình đang cư trú đã đăng ký tham gia (<tỷ lệ>)
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p2"
      Và khu dân cư có 120 hộ gia đình đang cư trú, <số hộ đăng ký> hộ đã đăng ký tham gia năm 2024, theo số liệu ngày "25/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p2" là "<kết quả>"

      Dữ liệu:
        | số hộ đăng ký | tỷ lệ | kết quả  |
        | 120           | 100%  | đạt      |
        | 119           | 99%   | chưa đạt |

    Kịch bản: Lý do nêu số hộ còn thiếu và tỷ lệ
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p2"
      Và khu dân cư có 120 hộ gia đình đang cư trú, 119 hộ đã đăng ký tham gia năm 2024, theo số liệu ngày "25/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K1.p2" nêu "119/120 hộ gia đình đang cư trú đăng ký (99%"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Đủ 120 trên 120 hộ, số liệu đếm ngày <ngày đếm>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p2"
      Và khu dân cư có 120 hộ gia đình đang cư trú, 120 hộ đã đăng ký tham gia năm 2024, theo số liệu ngày "<ngày đếm>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đếm   | kết quả  |
        | 31/03/2024 | đạt      |
        | 01/04/2024 | chưa đạt |

    Khung kịch bản: Đếm lại trong quý I: <số hộ lần sau> hộ đang cư trú, <đăng ký lần sau> hộ đã đăng ký ngày 25/03/2024
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p2"
      Và khu dân cư có 120 hộ gia đình đang cư trú, <đăng ký lần đầu> hộ đã đăng ký tham gia năm 2024, theo số liệu ngày "15/01/2024"
      Và khu dân cư có <số hộ lần sau> hộ gia đình đang cư trú, <đăng ký lần sau> hộ đã đăng ký tham gia năm 2024, theo số liệu ngày "25/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K1.p2" là "<kết quả>"

      Dữ liệu:
        | đăng ký lần đầu | số hộ lần sau | đăng ký lần sau | kết quả  |
        | 110             | 120           | 120             | đạt      |
        | 120             | 122           | 120             | chưa đạt |

    Khung kịch bản: Chưa có số liệu đếm hộ, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K1.p2"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

  @TT124.D4.K2
  Quy tắc: Khu dân cư triển khai, thực hiện đầy đủ chủ trương, chính sách, pháp luật và quy định của địa phương về bảo đảm an ninh, trật tự
    Khoản 2 Điều 4: khu dân cư phải thực hiện đầy đủ đường lối, chủ trương của Đảng, chính sách và
    pháp luật của Nhà nước, cùng quy định của địa phương, trong công tác bảo đảm an ninh, trật tự. Khác
    khoản 2 Điều 6, khoản này không nhắc văn bản phối hợp với lực lượng Công an. "Đầy đủ" là kết
    luận của hội nghị đánh giá hoặc cơ quan thẩm định, không suy ra từ sổ. Cách hiểu đang dùng
    (tham số implementation_evidence = "no_contrary_finding"): hết kỳ đánh giá (31/10) mà không có
    kết luận nào là chưa thực hiện đầy đủ thì đạt; với "positive_assessment" thì chỉ đạt khi có kết
    luận đã thực hiện đầy đủ. Kết luận sau cùng về năm Y quyết định.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Chưa có kết luận nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | đạt           |

    Kịch bản: Hội nghị đánh giá kết luận khu dân cư chưa thực hiện đầy đủ thì chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận khu dân cư chưa thực hiện đầy đủ tiêu chí "TT124.D4.K2" năm 2024 ngày "25/10/2024": "Chưa triển khai quy định của tỉnh về quản lý người lưu trú"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K2" nêu "Chưa triển khai quy định của tỉnh về quản lý người lưu trú"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Theo cách hiểu "cần kết luận đã thực hiện đầy đủ", không có kết luận thì chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "implementation_evidence" là "positive_assessment"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K2" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D4.K2" ghi cách hiểu "implementation_evidence" là "positive_assessment"

    Kịch bản: Theo cách hiểu "cần kết luận đã thực hiện đầy đủ", có kết luận đã thực hiện đầy đủ thì đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "implementation_evidence" là "positive_assessment"
      Và hội nghị đánh giá kết luận khu dân cư đã thực hiện đầy đủ tiêu chí "TT124.D4.K2" năm 2024 ngày "25/10/2024": "Thực hiện đầy đủ các quy định về bảo đảm an ninh, trật tự"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K2" là "đạt"
      Và kết quả của tiêu chí "TT124.D4.K2" ghi cách hiểu "implementation_evidence" là "positive_assessment"

  @TT124.D4.K3.a
  Quy tắc: Trên địa bàn không có hoạt động chống Đảng, chống chính quyền hay phá hoại khối đại đoàn kết toàn dân tộc
    Khoản 3 Điều 4 liệt kê các trường hợp không được để xảy ra trên địa bàn khu dân cư trong kỳ đánh
    giá; mỗi điểm có mã riêng, chỉ một vụ việc thuộc điểm đó trong kỳ là điểm đó chưa đạt. Điểm a:
    hoạt động nhằm chống Đảng, chống chính quyền, hoặc phá hoại khối đại đoàn kết toàn dân tộc.
    Vụ việc được tính theo ngày xảy ra; loại vụ việc do người ghi nhận phân loại theo đúng các điểm
    của khoản 3 (regulation/data/incident_points.toml); chỉ tính vụ việc đã ghi vào sổ của khu dân
    cư, tức là đã được quy cho địa bàn. Các điểm của khoản 3 không có ngưỡng mức độ và không có
    ngoại lệ bất khả kháng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Hoạt động chống Đảng, chống chính quyền xảy ra ngày <ngày xảy ra> (ranh giới 31/10 — 01/11)
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.a" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

    Khung kịch bản: Không xảy ra vụ việc nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K3.a" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | đạt           |

  @TT124.D4.K3.b
  Quy tắc: Trên địa bàn không để xảy ra hoạt động phá hoại mục tiêu, công trình trọng điểm
    Khoản 3 Điều 4, điểm b: việc phá hoại mục tiêu hay công trình trọng điểm trên địa bàn khu dân cư,
    dù là mục tiêu kinh tế, văn hóa, xã hội hay an ninh, quốc phòng, trong kỳ đánh giá. Cách tính như
    điểm a.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phá hoại công trình trọng điểm xảy ra ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "phá hoại mục tiêu, công trình trọng điểm" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.b" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K3.c
  Quy tắc: Trên địa bàn không để xảy ra tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật
    Khoản 3 Điều 4, điểm c: việc tuyên truyền hoặc phát triển tín ngưỡng, tôn giáo trái pháp luật
    trên địa bàn khu dân cư trong kỳ đánh giá. Cách tính như điểm a. Vụ việc thuộc một điểm khác
    (ví dụ lợi dụng tôn giáo gây phức tạp, điểm d) không làm điểm c chưa đạt.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Tuyên truyền tôn giáo trái pháp luật xảy ra ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.c" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

    Kịch bản: Vụ việc thuộc điểm d không làm điểm c chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT" ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.c" là "đạt"
      Và tiêu chí "TT124.D4.K3.d" là "chưa đạt"

  @TT124.D4.K3.d
  Quy tắc: Trên địa bàn không có việc lợi dụng tín ngưỡng, tôn giáo, dân tộc hay tranh chấp, khiếu kiện làm phức tạp tình hình an ninh, trật tự
    Khoản 3 Điều 4, điểm d: việc lợi dụng tín ngưỡng, tôn giáo, vấn đề dân tộc, tranh chấp hoặc khiếu
    kiện để làm phức tạp tình hình an ninh, trật tự trên địa bàn trong kỳ đánh giá. Cách tính như điểm a.
    Một vụ "khiếu kiện đông người" ghi theo loại của Thông tư 23 có thể thuộc điểm d hoặc điểm g:
    điểm d chưa kết luận cho đến khi vụ việc được phân loại lại theo Thông tư 124, không đoán thay
    người phân loại.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Lợi dụng tôn giáo, tranh chấp gây phức tạp xảy ra ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.d" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

    Kịch bản: Khiếu kiện đông người ghi theo loại của Thông tư 23 thì điểm d và điểm g chưa kết luận đến khi được phân loại lại
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "15/03/2024", mã dữ kiện "VV-KK"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.d" là "chưa kết luận"
      Và tiêu chí "TT124.D4.K3.g" là "chưa kết luận"
      Và kết quả năm là "chưa kết luận"

    Khung kịch bản: Khiếu kiện đông người được phân loại lại thành vụ "<loại mới>"
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "khiếu kiện đông người (Thông tư 23)" ngày "15/03/2024", mã dữ kiện "VV-KK"
      Và dữ kiện "VV-KK" được phân loại lại thành vụ "<loại mới>", lý do "Công an phường xác minh nội dung vụ việc"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.d" là "<điểm d>"
      Và tiêu chí "TT124.D4.K3.g" là "<điểm g>"

      Dữ liệu:
        | loại mới                                                                       | điểm d   | điểm g   |
        | lợi dụng tôn giáo, tín ngưỡng, dân tộc hoặc tranh chấp, khiếu kiện làm phức tạp ANTT | chưa đạt | đạt      |
        | kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết | đạt      | chưa đạt |

  @TT124.D4.K3.dd
  Quy tắc: Trên địa bàn không để xảy ra hoạt động ly khai, đòi tự trị
    Khoản 3 Điều 4, điểm đ: hoạt động ly khai hoặc đòi tự trị trên địa bàn khu dân cư trong kỳ đánh
    giá. Cách tính như điểm a.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Hoạt động ly khai, đòi tự trị xảy ra ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "hoạt động ly khai, đòi tự trị" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.dd" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K3.e
  Quy tắc: Trên địa bàn không để mâu thuẫn, tranh chấp trong Nhân dân trở nên phức tạp, kéo dài
    Khoản 3 Điều 4, điểm e: mâu thuẫn, tranh chấp giữa người dân với nhau vừa phức tạp vừa kéo dài.
    Việc một mâu thuẫn là "phức tạp, kéo dài" do người có thẩm quyền kết luận khi ghi nhận vụ việc,
    không suy ra từ sổ. Cách tính như điểm a: vụ việc được tính theo ngày xảy ra ghi trong sổ.
    Chưa thể hiện: cách hiểu trong danh mục điều khoản (mâu thuẫn bắt đầu trước kỳ mà vẫn chưa giải
    quyết trong kỳ thì vẫn bị tính) chưa có trong thư viện, vì sổ chưa ghi tình trạng giải quyết của
    vụ việc; vì vậy chưa có kịch bản cho trường hợp này.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Mâu thuẫn, tranh chấp phức tạp, kéo dài được ghi nhận ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.e" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K3.g
  Quy tắc: Trên địa bàn không để xảy ra kích động, lôi kéo người khác khiếu nại đông người, gây rối, hoặc xuyên tạc, vu khống người giải quyết khiếu nại, tố cáo
    Khoản 3 Điều 4, điểm g: gồm việc kích động, xúi giục, ép buộc, mua chuộc người khác kéo đến khiếu
    nại đông người hay gây rối trật tự công cộng; lợi dụng khiếu nại để chống Nhà nước; xâm phạm lợi
    ích của Nhà nước; và xuyên tạc, vu khống, đe dọa, xúc phạm cơ quan, tổ chức, người được giao giải
    quyết khiếu nại, tố cáo. Cách tính như điểm a; vụ "khiếu kiện đông người" của Thông tư 23 làm
    điểm g chưa kết luận như ở điểm d.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kích động khiếu nại đông người xảy ra ngày <ngày xảy ra>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "kích động, lôi kéo khiếu nại đông người, gây rối; xuyên tạc, vu khống người giải quyết" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K3.g" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K4.a
  Quy tắc: Kiềm chế, kéo giảm tội phạm, tệ nạn xã hội và vi phạm pháp luật khác so với năm trước
    Khoản 4 Điều 4, điểm a: khu dân cư phải giữ cho tội phạm, tệ nạn xã hội và các hành vi vi phạm
    pháp luật khác trên địa bàn không tăng mà giảm so với năm liền trước. Sổ ghi số liệu của từng năm
    (số vụ tội phạm, tệ nạn xã hội, vi phạm pháp luật khác trong kỳ đánh giá của năm đó, kèm nguồn
    báo cáo); thiếu số liệu của năm Y hoặc năm Y-1 thì chưa kết luận trong kỳ và chưa đạt khi hết kỳ.
    Cách hiểu đang dùng (tham số year_on_year = "no_group_rose"): "kiềm chế, kéo giảm" là không có
    nhóm nào tăng so với năm trước; số liệu bằng năm trước (kể cả 0 và 0) vẫn đạt. Với
    "every_group_fell": mỗi nhóm phải giảm hẳn, trừ nhóm đã bằng 0 ở cả hai năm. Cách hiểu của nhóm
    (chưa là tham số có tên): so sánh riêng từng nhóm, không cộng gộp ba nhóm, nên một nhóm tăng là
    chưa đạt dù tổng số giảm.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Năm 2023 có 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm khác; năm 2024 có <tội phạm>, <tệ nạn>, <vi phạm khác> (<so sánh>)
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K4.a"
      Và số liệu năm 2023 trên địa bàn: 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác, báo cáo ngày "31/10/2023"
      Và số liệu năm 2024 trên địa bàn: <tội phạm> vụ tội phạm, <tệ nạn> vụ tệ nạn xã hội, <vi phạm khác> vụ vi phạm pháp luật khác, báo cáo ngày "31/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.a" là "<kết quả>"

      Dữ liệu:
        | tội phạm | tệ nạn | vi phạm khác | so sánh                         | kết quả  |
        | 3        | 2      | 6            | bằng năm trước                  | đạt      |
        | 2        | 2      | 6            | tội phạm giảm một               | đạt      |
        | 3        | 1      | 6            | tệ nạn giảm một                 | đạt      |
        | 3        | 2      | 5            | vi phạm khác giảm một           | đạt      |
        | 4        | 2      | 6            | tội phạm tăng một               | chưa đạt |
        | 3        | 3      | 6            | tệ nạn tăng một                 | chưa đạt |
        | 3        | 2      | 7            | vi phạm khác tăng một           | chưa đạt |
        | 4        | 1      | 4            | tội phạm tăng, tổng số giảm     | chưa đạt |

    Kịch bản: Lý do nêu số liệu của từng nhóm ở hai năm
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K4.a"
      Và số liệu năm 2023 trên địa bàn: 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác, báo cáo ngày "31/10/2023"
      Và số liệu năm 2024 trên địa bàn: 4 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác, báo cáo ngày "31/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.a" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K4.a" nêu "tội phạm: 3 → 4"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Theo cách hiểu "<cách hiểu>", năm 2023 có <năm trước>, năm 2024 có <năm nay>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K4.a"
      Và địa phương áp dụng cách hiểu "year_on_year" là "<cách hiểu>"
      Và số liệu năm 2023 trên địa bàn: <năm trước>, báo cáo ngày "31/10/2023"
      Và số liệu năm 2024 trên địa bàn: <năm nay>, báo cáo ngày "31/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.a" là "<kết quả>"

      Dữ liệu:
        | cách hiểu        | năm trước                                                          | năm nay                                                            | kết quả  |
        | no_group_rose    | 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | đạt      |
        | every_group_fell | 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | chưa đạt |
        | every_group_fell | 3 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | 2 vụ tội phạm, 1 vụ tệ nạn xã hội, 5 vụ vi phạm pháp luật khác     | đạt      |
        | every_group_fell | 0 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác     | 0 vụ tội phạm, 1 vụ tệ nạn xã hội, 5 vụ vi phạm pháp luật khác     | đạt      |
        | no_group_rose    | 0 vụ tội phạm, 0 vụ tệ nạn xã hội, 0 vụ vi phạm pháp luật khác     | 0 vụ tội phạm, 0 vụ tệ nạn xã hội, 0 vụ vi phạm pháp luật khác     | đạt      |

    Kịch bản: Theo cách hiểu "mỗi nhóm phải giảm", kết quả ghi cách hiểu đó
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "year_on_year" là "every_group_fell"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.a" là "chưa đạt"
      Và kết quả của tiêu chí "TT124.D4.K4.a" ghi cách hiểu "year_on_year" là "every_group_fell"

    Khung kịch bản: Chỉ có số liệu năm 2024, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K4.a"
      Và số liệu năm 2024 trên địa bàn: 1 vụ tội phạm, 1 vụ tệ nạn xã hội, 2 vụ vi phạm pháp luật khác, báo cáo ngày "30/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K4.a" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D4.K4.a" nêu "Chưa có số liệu tội phạm, tệ nạn xã hội, vi phạm pháp luật năm 2023"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | chưa đạt      |

  @TT124.D4.K4.b
  Quy tắc: Không để xảy ra tội phạm nghiêm trọng trở lên, trừ bất khả kháng, hoặc nếu có thì đã phát hiện kịp thời, sử dụng đồng bộ biện pháp giảm thiểu hậu quả và báo cáo ngay
    Khoản 4 Điều 4, điểm b: một tội phạm thuộc loại nghiêm trọng trở lên xảy ra trên địa bàn trong kỳ
    (loại tội phạm theo Bộ luật Hình sự, do cơ quan có thẩm quyền phân loại) làm chưa đạt, trừ trường
    hợp bất khả kháng; nếu tội phạm có xảy ra nhưng đã được phát hiện kịp thời, đã dùng đồng bộ các
    biện pháp giảm thiểu hậu quả và đã báo cáo ngay cấp có thẩm quyền (đủ cả ba việc, vì văn bản nối
    chúng bằng "và") thì không bị tính. Tội phạm ít nghiêm trọng không bị tính; tội phạm chưa được
    phân loại làm điểm này chưa kết luận, thư viện không đoán mức độ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Tội phạm mức độ "<mức độ>" xảy ra ngày 15/03/2024
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "<mức độ>" ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.b" là "<kết quả>"

      Dữ liệu:
        | mức độ                | kết quả  |
        | ít nghiêm trọng       | đạt      |
        | nghiêm trọng          | chưa đạt |
        | rất nghiêm trọng      | chưa đạt |
        | đặc biệt nghiêm trọng | chưa đạt |

    Khung kịch bản: Tội phạm nghiêm trọng: <cách xử lý>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng"<xử lý> ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.b" là "<kết quả>"

      Dữ liệu:
        | cách xử lý                        | xử lý                                                                                                                          | kết quả  |
        | đủ ba việc xử lý                  | , được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, đã báo cáo ngay cấp có thẩm quyền             | đạt      |
        | thiếu việc báo cáo ngay           | , được phát hiện kịp thời, đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả, không báo cáo ngay cấp có thẩm quyền          | chưa đạt |
        | bất khả kháng                     | , được "Công an tỉnh Trà Vinh" xác định là bất khả kháng                                                                      | đạt      |

    Kịch bản: Tội phạm chưa được phân loại mức độ thì chưa kết luận
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm" ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.b" là "chưa kết luận"
      Và kết quả năm là "chưa kết luận"

    Khung kịch bản: Tội phạm nghiêm trọng xảy ra ngày <ngày xảy ra> (ranh giới 31/10 — 01/11)
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.b" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K4.c
  Quy tắc: Không có tụ điểm phức tạp về trật tự xã hội hay người mắc tệ nạn xã hội mới phát sinh; quản lý, giáo dục, giúp đỡ đối tượng có hiệu quả
    Khoản 4 Điều 4, điểm c, ba yêu cầu: (1) không có tụ điểm phức tạp về trật tự xã hội nào mới hình
    thành trên địa bàn; (2) không có thêm người mắc tệ nạn xã hội; (3) các loại đối tượng đang cư trú
    mà pháp luật giao địa phương quản lý, giáo dục, giúp đỡ được quản lý, giáo dục, giúp đỡ có hiệu
    quả. Cách hiểu của nhóm (chưa là tham số có tên): "phát sinh" là lần đầu được xác định trong kỳ
    đánh giá, nên tụ điểm có từ năm trước không làm chưa đạt năm nay. Yêu cầu (3) là kết luận của
    hội nghị đánh giá hoặc cơ quan thẩm định, theo tham số implementation_evidence =
    "no_contrary_finding" như khoản 2.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Phát sinh <trường hợp> ngày <ngày xác định>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và phát sinh <trường hợp> ngày "<ngày xác định>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.c" là "<kết quả>"

      Dữ liệu:
        | trường hợp                                                            | ngày xác định | kết quả  |
        | tụ điểm phức tạp về trật tự xã hội "Quán karaoke ven kênh tụ tập đánh bạc" | 31/10/2023    | đạt      |
        | tụ điểm phức tạp về trật tự xã hội "Quán karaoke ven kênh tụ tập đánh bạc" | 01/11/2023    | chưa đạt |
        | người mắc tệ nạn xã hội "TNXH-2024-001"                               | 31/10/2024    | chưa đạt |
        | người mắc tệ nạn xã hội "TNXH-2024-001"                               | 01/11/2024    | đạt      |

    Kịch bản: Lý do nêu tụ điểm mới phát sinh và ngày xác định
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và phát sinh tụ điểm phức tạp về trật tự xã hội "Quán karaoke ven kênh tụ tập đánh bạc" ngày "12/05/2024", mã dữ kiện "TD-01"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.c" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K4.c" nêu "tụ điểm phức tạp ngày 12/05/2024"
      Và tiêu chí "TT124.D4.K4.c" dựa trên dữ kiện "TD-01"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Hội nghị đánh giá kết luận việc quản lý, giáo dục, giúp đỡ đối tượng chưa có hiệu quả thì chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận khu dân cư chưa thực hiện có hiệu quả tiêu chí "TT124.D4.K4.c" năm 2024 ngày "25/10/2024": "Chưa phân công người giúp đỡ hai người chấp hành xong án phạt tù về cư trú"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.c" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K4.c" nêu "Chưa phân công người giúp đỡ"

    Khung kịch bản: Không phát sinh trường hợp nào và chưa có kết luận, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K4.c" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | đạt           |

  @TT124.D4.K4.d
  Quy tắc: Không để xảy ra cháy, nổ hay sự cố ở mức nghiêm trọng, hoặc tai nạn lao động làm chết người, trừ trường hợp bất khả kháng
    Khoản 4 Điều 4, điểm d: trên địa bàn không để xảy ra cháy, nổ ở mức nghiêm trọng, tai nạn lao
    động làm chết người, hoặc sự cố ở mức nghiêm trọng theo pháp luật chuyên ngành. Mức độ và số
    người chết do cơ quan có thẩm quyền xác định; vụ việc chưa được phân loại làm điểm này chưa kết
    luận. Ngoặc "trừ trường hợp bất khả kháng" đứng cuối điểm nên áp dụng cho cả ba loại. Khác điểm
    g khoản 3 Điều 6, điểm này không nhắc vi phạm về môi trường, an toàn vệ sinh thực phẩm.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Vụ "<loại>"<chi tiết> ngày 15/03/2024
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "<loại>"<chi tiết> ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.d" là "<kết quả>"

      Dữ liệu:
        | loại                  | chi tiết                                                    | kết quả       |
        | cháy, nổ              | , mức độ "nghiêm trọng"                                      | chưa đạt      |
        | cháy, nổ              | , mức độ "ít nghiêm trọng"                                   | đạt           |
        | cháy, nổ              |                                                             | chưa kết luận |
        | tai nạn lao động      | , làm chết 1 người                                           | chưa đạt      |
        | tai nạn lao động      | , không làm chết người                                       | đạt           |
        | sự cố                 | , mức độ "nghiêm trọng"                                      | chưa đạt      |
        | sự cố                 | , mức độ "nghiêm trọng", được "Công an tỉnh Trà Vinh" xác định là bất khả kháng | đạt           |
        | cháy, nổ              | , mức độ "rất nghiêm trọng", được "Công an tỉnh Trà Vinh" xác định là bất khả kháng | đạt           |
        | vi phạm về môi trường | , mức độ "nghiêm trọng"                                      | đạt           |

    Khung kịch bản: Cháy nghiêm trọng xảy ra ngày <ngày xảy ra> (ranh giới 31/10 — 01/11)
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K4.d" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/10/2023  | đạt      |
        | 01/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | đạt      |

  @TT124.D4.K5
  Quy tắc: Lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở có kết quả đánh giá từ mức hoàn thành nhiệm vụ; không thành viên nào bị kỷ luật vì vi phạm
    Khoản 5 Điều 4: lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở của khu dân cư phải được đánh
    giá từ mức hoàn thành nhiệm vụ trở lên (ngưỡng thấp hơn "Hoàn thành tốt nhiệm vụ" của Điều 6 và
    Điều 7), và không thành viên nào của lực lượng này bị xử lý kỷ luật vì vi phạm. Khác Điều 6 và
    Điều 7, khoản này không đặt ngưỡng "từ hình thức cảnh cáo trở lên": bị kỷ luật ở bất kỳ hình thức
    nào, kể cả khiển trách, là chưa đạt. Quyết định kỷ luật được tính theo ngày quyết định, trong kỳ
    đánh giá.
    Cách hiểu đang dùng (tham số rating_year = "latest_by_window_end"): xét kết quả đánh giá đã có
    đến hết kỳ đánh giá — kết quả của chính năm Y nếu đã có, nếu chưa thì của năm Y-1. Cách hiểu của
    nhóm (chưa là tham số có tên): lực lượng được đánh giá như một tập thể; sổ chưa ghi riêng kết
    quả của từng tổ, đội.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Lực lượng có kết quả đánh giá năm 2023 "<kết quả đánh giá>"
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K5"
      Và lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở có kết quả đánh giá "<kết quả đánh giá>" năm 2023, quyết định ngày "20/12/2023"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K5" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | kết quả đánh giá            | kết quả  |
        | Hoàn thành xuất sắc nhiệm vụ | đạt      |
        | Hoàn thành tốt nhiệm vụ     | đạt      |
        | Hoàn thành nhiệm vụ         | đạt      |
        | Không hoàn thành nhiệm vụ   | chưa đạt |

    Kịch bản: Kết quả đánh giá của năm 2024 đã có trong kỳ thì thay cho kết quả năm 2023
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở có kết quả đánh giá "Không hoàn thành nhiệm vụ" năm 2024, quyết định ngày "25/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K5" nêu "Không hoàn thành nhiệm vụ năm 2024"

    Khung kịch bản: Thành viên của lực lượng bị kỷ luật "<hình thức>" ngày <ngày quyết định>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và thành viên "LL-CS-07" của lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở bị kỷ luật "<hình thức>" ngày "<ngày quyết định>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K5" là "<kết quả>"

      Dữ liệu:
        | hình thức  | ngày quyết định | kết quả  |
        | khiển trách | 15/06/2024      | chưa đạt |
        | cảnh cáo    | 15/06/2024      | chưa đạt |
        | khiển trách | 31/10/2023      | đạt      |
        | khiển trách | 01/11/2023      | chưa đạt |
        | khiển trách | 31/10/2024      | chưa đạt |
        | khiển trách | 01/11/2024      | đạt      |

    Kịch bản: Bị kỷ luật hình thức khiển trách cũng làm chưa đạt và lý do nêu người bị kỷ luật
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Và thành viên "LL-CS-07" của lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở bị kỷ luật "khiển trách" ngày "15/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D4.K5" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D4.K5" nêu "LL-CS-07 (khiển trách, 15/06/2024)"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Chưa có kết quả đánh giá lực lượng, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D4.K5"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D4.K5" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | chưa đạt      |

  Quy tắc: Khu dân cư đạt tất cả các tiêu chí của Điều 4 thì kết quả năm đạt
    Lời dẫn của Điều 4: khu dân cư chỉ được công nhận khi đạt tất cả các tiêu chí của điều này (quy
    tắc chung về kết quả năm có mã @TT124.D8.K1, trong dieu_06_tieu_chi.feature; các kịch bản dưới
    đây chỉ để tra cứu chéo). Kỳ đánh giá của khu dân cư khép lại hết ngày 31/10, sớm hơn xã,
    phường, cơ quan, doanh nghiệp, cơ sở giáo dục (15/11).

    @TT124.D1.K2.a @TT124.D8.K2.a
    Kịch bản: Khu dân cư thuộc đối tượng áp dụng và được xét trong kỳ đánh giá riêng của khu dân cư
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.a" là "đạt"
      Và kỳ đánh giá là từ ngày "01/11/2023" đến ngày "31/10/2024"
      Và kết quả không có tiêu chí "TT124.D1.K2.b"

    @TT124.D8.K1 @TT124.D8.K2.a
    Kịch bản: Khu dân cư đáp ứng đầy đủ các tiêu chí thì kết quả năm đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/10/2024"
      Thì kết quả năm là "đạt"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả |
        | TT124.D1.K2.a  | đạt     |
        | TT124.D4.K1.p1 | đạt     |
        | TT124.D4.K1.p2 | đạt     |
        | TT124.D4.K2    | đạt     |
        | TT124.D4.K3.a  | đạt     |
        | TT124.D4.K3.b  | đạt     |
        | TT124.D4.K3.c  | đạt     |
        | TT124.D4.K3.d  | đạt     |
        | TT124.D4.K3.dd | đạt     |
        | TT124.D4.K3.e  | đạt     |
        | TT124.D4.K3.g  | đạt     |
        | TT124.D4.K4.a  | đạt     |
        | TT124.D4.K4.b  | đạt     |
        | TT124.D4.K4.c  | đạt     |
        | TT124.D4.K4.d  | đạt     |
        | TT124.D4.K5    | đạt     |
      Và kết quả năm không được đánh dấu tạm thời

    @TT124.D8.K1 @TT124.D8.K2.a
    Khung kịch bản: Đáp ứng đầy đủ các tiêu chí, kết quả năm tính đến hết ngày <ngày đánh giá>
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/10/2024    | chưa kết luận |
        | 31/10/2024    | đạt           |

    @TT124.D8.K1
    Khung kịch bản: Chỉ một tiêu chí chưa đạt (<tiêu chí>) thì kết quả năm chưa đạt
      Biết khu dân cư đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "<tiêu chí>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "<tiêu chí>" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | tiêu chí       |
        | TT124.D4.K1.p1 |
        | TT124.D4.K1.p2 |
        | TT124.D4.K4.a  |
        | TT124.D4.K5    |
