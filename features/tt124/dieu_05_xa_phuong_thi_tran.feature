# language: vi
Tính năng: Điều 5 — Các tiêu chí đối với xã, phường, thị trấn
  Thông tư 124/2021/TT-BCA, Điều 5 (văn bản gốc, có hiệu lực từ 10/02/2022). Xã, phường, thị trấn
  luôn thuộc đối tượng áp dụng (điểm a khoản 2 Điều 1: quy tắc @TT124.D1.K2.a trong
  dieu_01_pham_vi.feature). Mỗi quy tắc dưới đây là một tiêu chí, gắn thẻ mã điều khoản, kèm lời
  diễn giải của nhóm (không phải nguyên văn Thông tư) và trạng thái văn bản. Cách hiểu của nhóm ở
  chỗ văn bản chưa nói rõ là một tham số có tên (regulation/data/interpretation.toml), hoặc được
  nói rõ là cách hiểu chưa thành tham số; kết quả ghi lại tham số nào khác mặc định.
  Phường mẫu: "Phường 1", mã đơn vị hành chính 29254. "Phường đáp ứng đầy đủ các tiêu chí năm Y" ghi
  vào sổ các dữ kiện liệt kê trong features/README.md (mục Điều 4, 5, 7), trong đó có năm khu dân
  cư của phường (Khóm 1 đến Khóm 5, mã 29254-KDC01 đến 29254-KDC05) đã đăng ký, bốn khu được công
  nhận; "trừ tiêu chí X" bỏ riêng các dữ kiện của tiêu chí X. Mọi dữ kiện ghi vào sổ của phường là
  việc xảy ra trên địa bàn phường. "Đơn vị đang xét là …" đưa một đơn vị đã đăng ký trước đó trở
  lại làm đơn vị của các bước sau.
  Kỳ đánh giá năm Y của xã, phường, thị trấn: từ 16/11 năm Y-1 đến hết 15/11 năm Y
  (TT124.D8.K2.b). Quý I: từ 01/01 đến 31/03 năm Y. Xã, phường chỉ được công nhận khi đạt tất cả các
  tiêu chí của Điều 5 (quy tắc chung về kết quả năm: @TT124.D8.K1 trong dieu_06_tieu_chi.feature).

  Bối cảnh:
    Biết phường "Phường 1" có mã "29254"

  @TT124.D5.K1.p1
  Quy tắc: Quý I, Đảng ủy xã, phường có nghị quyết
    Khoản 1 Điều 5, phần đầu (trước dấu chấm phẩy thứ nhất): trong quý I của năm, Đảng ủy của xã,
    phường ra nghị quyết. Khác Điều 6 và Điều 7, phần này không có ngoặc "đối với nơi có tổ chức
    Đảng", vì xã, phường nào cũng có Đảng ủy; nên không có nghị quyết là chưa đạt.
    Cách hiểu của nhóm (chưa là tham số có tên): văn bản chỉ nói "có nghị quyết"; nhóm hiểu là nghị
    quyết về công tác bảo đảm an ninh, trật tự của năm Y (như điểm a khoản 2 Điều 9 mô tả hồ sơ
    đăng ký), ban hành trong quý I năm Y (01/01 đến 31/03); nghị quyết ban hành từ tháng 12 năm
    trước không được tính.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Nghị quyết của Đảng ủy phường ban hành ngày <ngày ban hành>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p1"
      Và Đảng ủy phường đã ban hành nghị quyết về công tác bảo đảm an ninh, trật tự năm 2024 ngày "<ngày ban hành>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày ban hành | kết quả  |
        | 01/01/2024    | đạt      |
        | 31/03/2024    | đạt      |
        | 01/04/2024    | chưa đạt |
        | 28/12/2023    | chưa đạt |

    Khung kịch bản: Chưa có nghị quyết, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K1.p1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

    Kịch bản: Thiếu nghị quyết của Đảng ủy thì kết quả năm chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p1"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p1" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K1.p1" nêu "Chưa có nghị quyết về công tác bảo đảm an ninh, trật tự năm 2024 trong quý I"
      Và kết quả năm là "chưa đạt"

  @TT124.D5.K1.p2
  Quy tắc: Quý I, Ủy ban nhân dân xã, phường lập kế hoạch bảo đảm an ninh, trật tự của năm và gửi bản đăng ký phấn đấu
    Khoản 1 Điều 5, phần giữa: Ủy ban nhân dân của xã, phường lập kế hoạch bảo đảm an ninh, trật tự
    của năm và gửi bản đăng ký phấn đấu đạt tiêu chuẩn; thiếu một trong hai là chưa đạt.
    Cách hiểu đang dùng (tham số p2_timing = "q1", chung với khoản 1 Điều 6): cả kế hoạch và bản
    đăng ký về năm Y phải có ngày trong quý I năm Y, vì cụm "Quý I hằng năm" mở đầu khoản 1 và hồ sơ
    đăng ký (điểm a khoản 2 Điều 9) gồm đúng nghị quyết, kế hoạch và bản đăng ký; với "window" thì
    chỉ cần có trong kỳ đánh giá.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kế hoạch ngày <ngày kế hoạch>, bản đăng ký ngày <ngày đăng ký>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p2"
      Và Ủy ban nhân dân phường đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "<ngày kế hoạch>"
      Và Ủy ban nhân dân phường đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "<ngày đăng ký>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày kế hoạch | ngày đăng ký | kết quả  |
        | 15/02/2024    | 31/03/2024   | đạt      |
        | 31/03/2024    | 01/01/2024   | đạt      |
        | 01/04/2024    | 15/02/2024   | chưa đạt |
        | 15/02/2024    | 01/04/2024   | chưa đạt |

    Kịch bản: Có bản đăng ký nhưng không có kế hoạch thì chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p2"
      Và Ủy ban nhân dân phường đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K1.p2" nêu "chưa có kế hoạch bảo đảm an ninh, trật tự"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Theo cách hiểu "trong kỳ đánh giá", kế hoạch ban hành tháng 4 vẫn được tính và kết quả ghi cách hiểu đó
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p2"
      Và địa phương áp dụng cách hiểu "p2_timing" là "window"
      Và Ủy ban nhân dân phường đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/04/2024"
      Và Ủy ban nhân dân phường đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p2" là "đạt"
      Và kết quả của tiêu chí "TT124.D5.K1.p2" ghi cách hiểu "p2_timing" là "window"

    Khung kịch bản: Chưa có kế hoạch và bản đăng ký, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p2"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K1.p2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 30/03/2024    | chưa kết luận |
        | 31/03/2024    | chưa đạt      |

  @TT124.D5.K1.p3
  Quy tắc: Có ít nhất một mô hình của phong trào toàn dân bảo vệ an ninh Tổ quốc, mới xây dựng hay được củng cố, duy trì, và mô hình đó hoạt động hiệu quả
    Khoản 1 Điều 5, phần cuối: xã, phường phải có từ một mô hình trở lên ở cơ sở thuộc phong trào
    toàn dân bảo vệ an ninh Tổ quốc — mới xây dựng, được củng cố hay được duy trì từ trước đều được — và
    mô hình đó phải được đánh giá là hoạt động hiệu quả. "Hiệu quả" là đánh giá do người có thẩm
    quyền ghi nhận; lần đánh giá gần nhất trong kỳ đánh giá quyết định; mô hình đã giải thể không
    được tính.
    Cách hiểu đang dùng (tham số standing_duties = "on_reference_day", chung với khoản 1 Điều 6): mô
    hình còn hoạt động tại ngày tham chiếu (ngày đánh giá, không muộn hơn 15/11) và có lần đánh giá
    gần nhất trong kỳ là hiệu quả thì đạt; với "from_q1_end" thì mô hình phải có từ hết ngày 31/3.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Mô hình duy trì từ những năm trước, được đánh giá hoạt động hiệu quả trong kỳ thì đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p3"
      Và phường đã xây dựng mô hình "Camera giám sát an ninh, trật tự khu phố" ngày "15/06/2021"
      Và mô hình "Camera giám sát an ninh, trật tự khu phố" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p3" là "đạt"

    Kịch bản: Mô hình được đánh giá chưa hiệu quả thì chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p3"
      Và phường đã xây dựng mô hình "Camera giám sát an ninh, trật tự khu phố" ngày "15/06/2021"
      Và mô hình "Camera giám sát an ninh, trật tự khu phố" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "20/10/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p3" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Mô hình được đánh giá hoạt động hiệu quả ngày <ngày đánh giá hiệu quả>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K1.p3"
      Và phường đã xây dựng mô hình "Camera giám sát an ninh, trật tự khu phố" ngày "15/06/2021"
      Và mô hình "Camera giám sát an ninh, trật tự khu phố" được "Công an tỉnh Trà Vinh" đánh giá hoạt động hiệu quả ngày "<ngày đánh giá hiệu quả>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p3" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá hiệu quả | kết quả  |
        | 15/11/2023             | chưa đạt |
        | 16/11/2023             | đạt      |
        | 15/11/2024             | đạt      |
        | 16/11/2024             | chưa đạt |

    Kịch bản: Mô hình đã giải thể trước ngày cuối kỳ thì không còn được tính
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Nhưng mô hình "Tổ tự quản về an ninh, trật tự" đã giải thể ngày "01/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K1.p3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K1.p3" nêu "đã giải thể ngày 01/11/2024"

  @TT124.D5.K2
  Quy tắc: Trên địa bàn xã, phường đạt các tiêu chí ở khoản 2, khoản 3 và khoản 4 Điều 4
    Khoản 2 Điều 5 dẫn chiếu ba khoản của Điều 4: thực hiện đầy đủ đường lối, chính sách, pháp luật
    và quy định của địa phương (khoản 2); không để xảy ra trường hợp nào ở các điểm a đến g khoản 3;
    và các yêu cầu phòng ngừa tội phạm, tệ nạn xã hội ở các điểm a đến d khoản 4. Khoản 1 Điều 4
    (nghị quyết của chi bộ, đăng ký của hộ gia đình) và khoản 5 Điều 4 (lực lượng ở cơ sở) không
    được dẫn chiếu. Các điểm được xét trên toàn địa bàn xã, phường và trong kỳ đánh giá của xã,
    phường (16/11 năm Y-1 đến 15/11 năm Y), không phải kỳ 01/11 — 31/10 của khu dân cư; lý do nêu
    điểm nào của Điều 4 chưa đạt hoặc chưa kết luận.
    Các cách hiểu của Điều 4 áp dụng như ở dieu_04_khu_dan_cu.feature: year_on_year (điểm a khoản 4)
    và implementation_evidence (khoản 2 và yêu cầu quản lý, giáo dục, giúp đỡ đối tượng ở điểm c
    khoản 4; với xã, phường, kết luận của hội nghị đánh giá ghi cho tiêu chí TT124.D5.K2).
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Trên địa bàn không xảy ra trường hợp nào và số liệu không tăng thì đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "đạt"
      Và lý do của tiêu chí "TT124.D5.K2" nêu "Đạt khoản 2, 3, 4 Điều 4 trên địa bàn"

    Khung kịch bản: Trên địa bàn có "<trường hợp>" thì chưa đạt, lý do nêu "<điểm>"
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và <bước>
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K2" nêu "<điểm>"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | trường hợp                     | bước                                                                                                                                                           | điểm            |
        | hoạt động ly khai              | đã xảy ra vụ "hoạt động ly khai, đòi tự trị" ngày "15/03/2024"                                                                                                 | điểm đ khoản 3  |
        | tội phạm rất nghiêm trọng      | đã xảy ra vụ "tội phạm", mức độ "rất nghiêm trọng" ngày "15/03/2024"                                                                                           | điểm b khoản 4  |
        | tụ điểm mới                    | phát sinh tụ điểm phức tạp về trật tự xã hội "Điểm tụ tập đua xe trái phép đường Nguyễn Đáng" ngày "10/08/2024"                                              | điểm c khoản 4  |
        | tai nạn lao động chết người    | đã xảy ra vụ "tai nạn lao động", làm chết 1 người ngày "15/03/2024"                                                                                            | điểm d khoản 4  |
        | tội phạm tăng so với năm trước | số liệu năm 2024 trên địa bàn: 4 vụ tội phạm, 2 vụ tệ nạn xã hội, 6 vụ vi phạm pháp luật khác, báo cáo ngày "15/11/2024", mã dữ kiện "so-lieu-2024-bo-sung" | điểm a khoản 4  |

    Khung kịch bản: Vụ việc ghi nhận ở khu dân cư của phường, theo cách hiểu "<cách hiểu>", thì tiêu chí của phường <kết quả>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "commune_territory" là "<cách hiểu>"
      Và khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và đã xảy ra vụ "tội phạm", mức độ "rất nghiêm trọng" ngày "15/03/2024", mã dữ kiện "vv-khom3"
      Và đơn vị đang xét là phường có mã "29254"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "<kết quả>"

      Dữ liệu:
        | cách hiểu         | kết quả  |
        | commune_and_areas | chưa đạt |
        | commune_record    | đạt      |

    Kịch bản: Hội nghị đánh giá kết luận phường chưa thực hiện đầy đủ khoản 2 Điều 4 thì chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận phường chưa thực hiện đầy đủ tiêu chí "TT124.D5.K2" năm 2024 ngày "12/11/2024": "Chưa triển khai quy định của tỉnh về phòng cháy ở khu nhà trọ"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K2" nêu "khoản 2 Điều 4"
      Và lý do của tiêu chí "TT124.D5.K2" nêu "Chưa triển khai quy định của tỉnh về phòng cháy ở khu nhà trọ"

    Khung kịch bản: Tội phạm nghiêm trọng trên địa bàn xảy ra ngày <ngày xảy ra>: xét theo kỳ đánh giá của xã, phường
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "tội phạm", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 15/11/2023  | đạt      |
        | 16/11/2023  | chưa đạt |
        | 31/10/2024  | chưa đạt |
        | 01/11/2024  | chưa đạt |
        | 15/11/2024  | chưa đạt |
        | 16/11/2024  | đạt      |

    Kịch bản: Vụ cháy chưa được phân loại mức độ thì chưa kết luận, lý do nêu điểm d khoản 4
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ" ngày "15/03/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D5.K2" nêu "điểm d khoản 4"
      Và kết quả năm là "chưa kết luận"

    Kịch bản: Khoản 1 Điều 4 không được dẫn chiếu: xã, phường không cần số liệu hộ gia đình đăng ký
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K2" là "đạt"
      Và kết quả không có tiêu chí "TT124.D4.K1.p2"
      Và kết quả không có tiêu chí "TT124.D4.K5"

    Khung kịch bản: Chưa có trường hợp nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

  @TT124.D5.K3
  Quy tắc: Công an xã, phường chủ động nắm tình hình, tham mưu và tổ chức thực hiện có hiệu quả; không có cá nhân vi phạm bị xử lý kỷ luật
    Khoản 3 Điều 5, hai vế: (1) Công an xã, phường chủ động nắm tình hình, tham mưu và đề xuất kịp
    thời với cấp ủy, chính quyền, đồng thời tổ chức tốt việc bảo đảm an ninh, trật tự và xây dựng
    phong trào bảo vệ an ninh Tổ quốc của toàn dân trên địa bàn; (2) không có người nào bị xử lý kỷ luật vì vi
    phạm. Vế (1) là kết luận của hội nghị đánh giá hoặc cơ quan thẩm định (tham số
    implementation_evidence = "no_contrary_finding": hết kỳ đánh giá mà không có kết luận ngược lại
    thì đạt). Vế (2) không đặt ngưỡng "từ hình thức cảnh cáo trở lên": mọi hình thức kỷ luật, kể cả
    khiển trách, đều làm chưa đạt; quyết định kỷ luật tính theo ngày quyết định, trong kỳ.
    Cách hiểu đang dùng (tham số commune_police_scope = "commune_police"): "không có cá nhân" là
    không có cán bộ, chiến sĩ nào của Công an xã, phường (chủ ngữ của câu); với
    "all_grassroots_forces" thì tính cả thành viên lực lượng tham gia bảo đảm an ninh, trật tự ở cơ
    sở.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Chưa có kết luận nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K3" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

    Kịch bản: Hội nghị đánh giá kết luận Công an phường chưa thực hiện có hiệu quả thì chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và hội nghị đánh giá kết luận Công an phường chưa thực hiện có hiệu quả tiêu chí "TT124.D5.K3" năm 2024 ngày "12/11/2024": "Chưa kịp thời tham mưu xử lý điểm tụ tập thanh thiếu niên"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K3" nêu "Chưa kịp thời tham mưu xử lý điểm tụ tập thanh thiếu niên"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Cán bộ, chiến sĩ Công an phường bị kỷ luật "<hình thức>" ngày <ngày quyết định>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và cán bộ, chiến sĩ "CA-P1-03" của Công an phường bị kỷ luật "<hình thức>" ngày "<ngày quyết định>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K3" là "<kết quả>"

      Dữ liệu:
        | hình thức   | ngày quyết định | kết quả  |
        | khiển trách | 20/06/2024      | chưa đạt |
        | cảnh cáo    | 20/06/2024      | chưa đạt |
        | khiển trách | 15/11/2023      | đạt      |
        | khiển trách | 16/11/2023      | chưa đạt |
        | khiển trách | 15/11/2024      | chưa đạt |
        | khiển trách | 16/11/2024      | đạt      |

    Kịch bản: Lý do nêu người bị kỷ luật, hình thức và ngày quyết định
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và cán bộ, chiến sĩ "CA-P1-03" của Công an phường bị kỷ luật "khiển trách" ngày "20/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K3" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K3" nêu "CA-P1-03 (khiển trách, 20/06/2024)"
      Và kết quả của tiêu chí "TT124.D5.K3" theo cách hiểu mặc định

    Khung kịch bản: Thành viên lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở bị kỷ luật, theo cách hiểu "<cách hiểu>"
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "commune_police_scope" là "<cách hiểu>"
      Và thành viên "LL-CS-07" của lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở bị kỷ luật "khiển trách" ngày "20/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K3" là "<kết quả>"

      Dữ liệu:
        | cách hiểu             | kết quả  |
        | commune_police        | đạt      |
        | all_grassroots_forces | chưa đạt |

    Kịch bản: Theo cách hiểu "mọi lực lượng ở cơ sở", kết quả ghi cách hiểu đó
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Và địa phương áp dụng cách hiểu "commune_police_scope" là "all_grassroots_forces"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K3" là "đạt"
      Và kết quả của tiêu chí "TT124.D5.K3" ghi cách hiểu "commune_police_scope" là "all_grassroots_forces"

  @TT124.D5.K4
  Quy tắc: Tất cả khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục do xã, phường quản lý đều đăng ký, và từ 70% trở lên trong số đó được công nhận
    Khoản 4 Điều 5, hai vế: (1) mọi khu dân cư, cơ quan, doanh nghiệp và cơ sở giáo dục (đủ 100%) trên
    địa bàn mà xã, phường có thẩm quyền quản lý hoặc được ủy quyền quản lý đã đăng ký phấn đấu đạt tiêu chuẩn
    của năm; (2) trong các đơn vị đó, số được công nhận đạt tiêu chuẩn chiếm từ 70% trở lên (so
    sánh đúng, không làm tròn: 14/20 đạt, 13/20 không).
    Cách hiểu của nhóm (chưa là tham số có tên): các đơn vị được đếm là mọi khu dân cư của xã,
    phường (mã khu dân cư bắt đầu bằng mã xã) và các cơ quan, doanh nghiệp và cơ sở giáo dục đóng
    trên địa bàn mà cấp quản lý ghi trong sổ là UBND cấp xã (kể cả do được ủy quyền, @TT124.D10.K5);
    đơn vị do cấp khác quản lý, hoặc đóng trên địa bàn xã khác, không được đếm. Đơn vị không thuộc
    đối tượng áp dụng (điểm b khoản 2 Điều 1: cơ sở giáo dục mầm non, nhà trẻ, tiểu học; doanh
    nghiệp nhỏ, siêu nhỏ) không đăng ký, không được công nhận theo Thông tư này, nên cũng không được
    đếm (danh mục điều khoản nói rõ: mẫu số là các đơn vị thuộc đối tượng áp dụng). Tỷ lệ 70% tính
    chung cho mọi loại đơn vị. Việc đăng ký của các đơn vị được xét đến hết kỳ đánh giá của xã,
    phường (15/11); quyết định công nhận được tính theo quyết định sau cùng về năm Y có trong sổ
    tính đến ngày đánh giá. Khi chưa đủ 70%, tiêu chí chưa kết luận cho đến hết hạn ký quyết định
    công nhận của các đơn vị (trước ngày 20/11, tức hết ngày 19/11, @TT124.D9.K1.c), rồi chưa đạt;
    quyết định ký muộn hơn vẫn được tính từ ngày ký (việc ký muộn là phát hiện của rà soát). Vì
    vậy năm của xã, phường được kết luận tính đến hết ngày 19/11: lịch sử, so sánh và bảng trạng
    thái theo dõi xét năm của xã, phường tính đến hết ngày đó (các loại đơn vị khác: ngày cuối kỳ).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: 20 khu dân cư đã đăng ký, <số được công nhận> khu được công nhận (<tỷ lệ>)
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 20 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó <số được công nhận> khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D5.K4" nêu "<số được công nhận>/20 (<tỷ lệ>)"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | số được công nhận | tỷ lệ | kết quả  |
        | 20                | 100%  | đạt      |
        | 14                | 70%   | đạt      |
        | 13                | 65%   | chưa đạt |

    Khung kịch bản: 13 trên 20 khu dân cư được công nhận, chưa có thêm quyết định nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 20 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 13 khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 15/11/2024    | chưa kết luận |
        | 18/11/2024    | chưa kết luận |
        | 19/11/2024    | chưa đạt      |

    Kịch bản: Khi chưa đủ 70%, tiêu chí chưa kết luận với hạn là ngày 19/11
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 20 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 13 khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "15/11/2024"
      Thì tiêu chí "TT124.D5.K4" là "chưa kết luận"
      Và tiêu chí "TT124.D5.K4" có hạn hoàn thành "19/11/2024"
      Và kết quả năm là "chưa kết luận"

    Khung kịch bản: Khu dân cư thứ 14 được công nhận ngày <ngày công nhận>, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 13 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 13 khu dân cư được công nhận ngày "10/11/2024"
      Và trên địa bàn phường có 7 khu dân cư đã đăng ký phấn đấu năm 2024
      Và đơn vị đang xét là khu dân cư có mã "29254-KDC14"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "<ngày công nhận>"
      Và đơn vị đang xét là phường có mã "29254"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"

      Dữ liệu:
        | ngày công nhận | ngày đánh giá | kết quả  |
        | 19/11/2024     | 19/11/2024    | đạt      |
        | 20/11/2024     | 19/11/2024    | chưa đạt |
        | 20/11/2024     | 20/11/2024    | đạt      |

    Kịch bản: Một khu dân cư chưa đăng ký thì chưa đạt dù đủ 70% được công nhận
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 19 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 15 khu dân cư được công nhận ngày "10/11/2024"
      Và trên địa bàn phường có 1 khu dân cư chưa đăng ký phấn đấu năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K4" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D5.K4" nêu "chưa đăng ký: 29254-KDC20"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Một khu dân cư chưa đăng ký, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 19 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 15 khu dân cư được công nhận ngày "10/11/2024"
      Và trên địa bàn phường có 1 khu dân cư chưa đăng ký phấn đấu năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

    Khung kịch bản: Doanh nghiệp chưa đăng ký, đóng trên địa bàn <địa bàn>, do <cấp quản lý> quản lý
      Biết doanh nghiệp "Công ty TNHH Cơ khí Long Đức" có mã số thuế "2100000101", quy mô "vừa", có tổ chức Đảng, 120 người lao động
      Và doanh nghiệp đóng trên địa bàn <địa bàn>, do <cấp quản lý> quản lý
      Và đơn vị đang xét là phường có mã "29254"
      Và phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 9 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 7 khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D5.K4" nêu "<lý do>"

      Dữ liệu:
        | địa bàn                    | cấp quản lý   | kết quả  | lý do                    |
        | phường 1 (mã 29254)        | UBND cấp xã   | chưa đạt | chưa đăng ký: 2100000101 |
        | phường 1 (mã 29254)        | UBND cấp tỉnh | đạt      | 7/9 (77%)                |
        | phường 4 (mã 29260)        | UBND cấp xã   | đạt      | 7/9 (77%)                |

    Khung kịch bản: Doanh nghiệp do phường quản lý đã đăng ký và <được công nhận hay không>
      Biết doanh nghiệp "Công ty TNHH Cơ khí Long Đức" có mã số thuế "2100000101", quy mô "vừa", có tổ chức Đảng, 120 người lao động
      Và doanh nghiệp đóng trên địa bàn phường 1 (mã 29254), do UBND cấp xã quản lý
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Và UBND cấp xã đã ký quyết định <quyết định> năm 2024 ngày "12/11/2024"
      Và đơn vị đang xét là phường có mã "29254"
      Và phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 9 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 6 khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D5.K4" nêu "<tỷ lệ>"

      Dữ liệu:
        | được công nhận hay không | quyết định      | kết quả  | tỷ lệ      |
        | được công nhận           | công nhận       | đạt      | 7/10 (70%) |
        | không được công nhận     | không công nhận | chưa đạt | 6/10 (60%) |

    Khung kịch bản: <Đơn vị> do phường quản lý nhưng không thuộc đối tượng áp dụng thì không được đếm
      Biết <đăng ký đơn vị>
      Và <danh từ> đóng trên địa bàn phường 1 (mã 29254), do UBND cấp xã quản lý
      Và đơn vị đang xét là phường có mã "29254"
      Và phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 10 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 7 khu dân cư được công nhận ngày "10/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D5.K4" là "đạt"
      Và lý do của tiêu chí "TT124.D5.K4" nêu "7/10 (70%)"

      Dữ liệu:
        | Đơn vị                  | danh từ        | đăng ký đơn vị                                                                                                                                                                  |
        | Trường mầm non          | cơ sở giáo dục | cơ sở giáo dục "Trường Mầm non Hoa Sen" có mã "1123461", cấp học "mầm non", có tổ chức Đảng, 25 cán bộ, công nhân viên, người lao động, người dạy và 300 người học              |
        | Doanh nghiệp nhỏ        | doanh nghiệp   | doanh nghiệp "Công ty TNHH May Thành Công" có mã số thuế "2100000202", quy mô "nhỏ", không có tổ chức Đảng, 12 người lao động                                                    |

    Kịch bản: Quyết định công nhận doanh nghiệp ghi nhận sau làm tiêu chí của phường đổi từ chưa đạt sang đạt (so sánh tính đến hết ngày 19/11, hạn ký quyết định)
      Biết hôm nay là "02/12/2025 09:00"
      Và doanh nghiệp "Công ty TNHH Cơ khí Long Đức" có mã số thuế "2100000101", quy mô "vừa", có tổ chức Đảng, 120 người lao động
      Và doanh nghiệp đóng trên địa bàn phường 1 (mã 29254), do UBND cấp xã quản lý
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Và đơn vị đang xét là phường có mã "29254"
      Và phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 9 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 6 khu dân cư được công nhận ngày "10/11/2024"
      Và hôm nay là "03/12/2025 10:00"
      Và đơn vị đang xét là doanh nghiệp có mã số thuế "2100000101"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "12/11/2024", mã dữ kiện "qd-long-duc"
      Và đơn vị đang xét là phường có mã "29254"
      Khi so sánh kết quả năm 2024 giữa "02/12/2025" và "03/12/2025"
      Thì tiêu chí "TT124.D5.K4" đổi từ "chưa đạt" sang "đạt"
      Và kết quả năm đổi từ "chưa đạt" sang "đạt"
      Và dữ kiện giải thích là "qd-long-duc"

    Kịch bản: Lịch sử kết quả của phường nêu quyết định công nhận doanh nghiệp là nguyên nhân của lần thay đổi sau cùng
      Biết hôm nay là "02/12/2025 09:00"
      Và doanh nghiệp "Công ty TNHH Cơ khí Long Đức" có mã số thuế "2100000101", quy mô "vừa", có tổ chức Đảng, 120 người lao động
      Và doanh nghiệp đóng trên địa bàn phường 1 (mã 29254), do UBND cấp xã quản lý
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/02/2024"
      Và đơn vị đang xét là phường có mã "29254"
      Và phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Và trên địa bàn phường có 9 khu dân cư đã đăng ký phấn đấu năm 2024, trong đó 6 khu dân cư được công nhận ngày "10/11/2024"
      Và hôm nay là "03/12/2025 10:00"
      Và đơn vị đang xét là doanh nghiệp có mã số thuế "2100000101"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "12/11/2024", mã dữ kiện "qd-long-duc"
      Và đơn vị đang xét là phường có mã "29254"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 3 lần thay đổi
      Và lần thay đổi thứ 3 lúc "03/12/2025 10:00" là "chưa đạt" → "đạt" do dữ kiện "2100000101/qd-long-duc"
      Và tiêu chí "TT124.D5.K4" đổi từ "chưa đạt" sang "đạt"

    Khung kịch bản: Chưa ghi nhận đơn vị nào do phường quản lý, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D5.K4"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT124.D5.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

  Quy tắc: Xã, phường đạt tất cả các tiêu chí của Điều 5 thì kết quả năm đạt
    Lời dẫn của Điều 5: xã, phường, thị trấn chỉ được công nhận khi đạt tất cả các tiêu chí của điều
    này (quy tắc chung về kết quả năm có mã @TT124.D8.K1, trong dieu_06_tieu_chi.feature; các kịch
    bản dưới đây chỉ để tra cứu chéo).

    @TT124.D8.K1 @TT124.D8.K2.b
    Kịch bản: Phường đáp ứng đầy đủ các tiêu chí thì kết quả năm đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"
      Và kỳ đánh giá là từ ngày "16/11/2023" đến ngày "15/11/2024"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả |
        | TT124.D1.K2.a  | đạt     |
        | TT124.D5.K1.p1 | đạt     |
        | TT124.D5.K1.p2 | đạt     |
        | TT124.D5.K1.p3 | đạt     |
        | TT124.D5.K2    | đạt     |
        | TT124.D5.K3    | đạt     |
        | TT124.D5.K4    | đạt     |
      Và kết quả năm không được đánh dấu tạm thời

    @TT124.D8.K1 @TT124.D8.K2.b
    Khung kịch bản: Phường đáp ứng đầy đủ các tiêu chí, kết quả năm tính đến hết ngày <ngày đánh giá>
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |

    @TT124.D8.K1
    Khung kịch bản: Chỉ một tiêu chí của phường chưa đạt (<tiêu chí>) thì kết quả năm chưa đạt
      Biết phường đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "<tiêu chí>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "<tiêu chí>" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | tiêu chí       |
        | TT124.D5.K1.p1 |
        | TT124.D5.K1.p2 |
        | TT124.D5.K1.p3 |
        | TT124.D5.K2    |
        | TT124.D5.K4    |
