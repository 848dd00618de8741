# language: vi
Tính năng: Điều 1 và Điều 2 — Đối tượng áp dụng và giải thích từ ngữ
  Thông tư 124/2021/TT-BCA, Chương I. Đơn vị không thuộc đối tượng áp dụng có kết quả năm
  "không áp dụng", không bao giờ "chưa đạt". Với tiêu chí phạm vi (TT124.D1.K2.b, TT124.D2.K2),
  "đạt" nghĩa là đơn vị thuộc đối tượng áp dụng. Hồ sơ đơn vị được xét tính đến hết ngày tham
  chiếu: ngày đánh giá, nhưng không muộn hơn ngày cuối kỳ đánh giá. Tiêu chí của khu dân cư, xã,
  phường, thị trấn, cơ sở giáo dục ở dieu_04, dieu_05, dieu_07.

  @TT124.D1.K2.a
  Quy tắc: Khu dân cư và xã, phường, thị trấn đều thuộc đối tượng áp dụng, không có trường hợp loại trừ
    Điểm a khoản 2 Điều 1: Thông tư áp dụng với mọi khu dân cư và mọi xã, phường, thị trấn; khác
    điểm b, điểm này không loại trừ nhóm nào. Vì vậy với khu dân cư và xã, phường, thị trấn, tiêu
    chí phạm vi luôn là "đạt": văn bản không có trường hợp nào cho kết quả "không áp dụng", nên quy
    tắc này chỉ có kịch bản đạt. Có hay không có chi bộ không làm khu dân cư ra ngoài đối tượng.
    Điểm này không xét với cơ quan, doanh nghiệp, cơ sở giáo dục (các đơn vị đó theo điểm b). Cách
    hiểu của nhóm (chưa là tham số có tên): từ 01/07/2025, đặc khu được xét như một đơn vị cấp xã;
    chưa có kịch bản.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Khu dân cư không có chi bộ riêng vẫn thuộc đối tượng áp dụng
      Biết khu dân cư "Khóm 7" thuộc phường 1, mã "29254-KHOM7", không có chi bộ
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.a" là "đạt"
      Và lý do của tiêu chí "TT124.D1.K2.a" nêu "thuộc đối tượng áp dụng"
      Và kết quả không có tiêu chí "TT124.D1.K2.b"

    Khung kịch bản: <Xã hay phường> thuộc đối tượng áp dụng
      Biết <xã hay phường> "<tên>" có mã "<mã>"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.a" là "đạt"
      Và kết quả không có tiêu chí "TT124.D1.K2.b"

      Dữ liệu:
        | Xã hay phường | xã hay phường | tên         | mã    |
        | Phường        | phường        | Phường 1    | 29254 |
        | Xã            | xã            | Xã Long Đức | 29257 |

    Kịch bản: Điểm a không xét với doanh nghiệp, doanh nghiệp được xét theo điểm b
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả không có tiêu chí "TT124.D1.K2.a"
      Và tiêu chí "TT124.D1.K2.b" là "đạt"

  @TT124.D1.K2.b
  Quy tắc: Cơ quan, đơn vị lực lượng vũ trang, doanh nghiệp nhỏ, siêu nhỏ, trường chỉ có mầm non, nhà trẻ, tiểu học không thuộc đối tượng áp dụng
    Điểm b khoản 2 Điều 1: Thông tư áp dụng với cơ quan, doanh nghiệp và cơ sở giáo dục, nhưng loại
    ra ba nhóm: cơ quan, đơn vị thuộc lực lượng vũ trang (Quân đội nhân dân và Công an nhân dân);
    doanh nghiệp có quy mô nhỏ hoặc siêu nhỏ; cơ sở giáo dục mầm non, nhà trẻ và tiểu học. Cách
    hiểu của nhóm (chưa là tham số có tên): ngoại lệ lực lượng vũ trang chỉ gắn với cơ quan (doanh
    nghiệp quân đội vẫn xét theo quy mô, và sổ không nhận dấu "thuộc lực lượng vũ trang" cho doanh
    nghiệp); cơ sở giáo dục chỉ bị loại khi mọi cấp học của nó đều là mầm non, nhà trẻ hoặc tiểu
    học, nên trường liên cấp có thêm cấp trên tiểu học vẫn thuộc đối tượng.
    Thông tư không định nghĩa doanh nghiệp nhỏ, siêu nhỏ. Cách hiểu đang dùng (tham số
    small_micro_reading = "nd80"): xếp quy mô theo Nghị định 80/2021/NĐ-CP trên số liệu của năm
    liền trước năm đánh giá, ngành theo ngành kinh doanh chính. Doanh nghiệp là nhỏ (hoặc siêu
    nhỏ) khi số lao động tham gia bảo hiểm xã hội bình quân năm không vượt ngưỡng của nhóm ngành
    và, thêm vào đó, doanh thu năm hoặc tổng nguồn vốn (một trong hai là đủ) không vượt ngưỡng.
    Doanh nghiệp hoạt động chưa đủ một năm, hoặc đã quá một năm mà chưa phát sinh doanh thu, thì
    chỉ xét tổng nguồn vốn thay cho doanh thu. Lao động bình quân là tổng số lao động cuối các
    tháng chia cho 12, hoặc cho số tháng đã hoạt động. Với doanh nghiệp chưa đủ một năm, thư viện
    dùng tổng nguồn vốn trong số liệu đã báo cáo (Nghị định lấy số cuối quý liền trước ngày đăng
    ký hưởng hỗ trợ, mốc mà Thông tư 124 không có). Khi chưa có số liệu năm trước thì dùng quy mô
    khai khi đăng ký. Kết quả ghi rõ căn cứ đã dùng.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Doanh nghiệp tự khai quy mô "<quy mô>" thì không thuộc đối tượng áp dụng
      Biết doanh nghiệp "Công ty TNHH Thương mại Cầu Kè" có mã số thuế "2100000020", quy mô "<quy mô>", không có tổ chức Đảng, 30 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "Doanh nghiệp <quy mô> (tự khai)"
      Và kết quả năm là "không áp dụng"

      Dữ liệu:
        | quy mô   |
        | siêu nhỏ |
        | nhỏ      |

    Khung kịch bản: Doanh nghiệp tự khai quy mô "<quy mô>" thì thuộc đối tượng áp dụng
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "<quy mô>", có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả năm là "đạt"

      Dữ liệu:
        | quy mô |
        | vừa    |
        | lớn    |

    @ND80
    Khung kịch bản: Số liệu năm 2023 (<ngành>, bình quân <bình quân> lao động) cho quy mô <quy mô> khi đánh giá năm 2024
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô "vừa", không có tổ chức Đảng, 12 người lao động
      Và doanh nghiệp đã báo cáo số liệu năm 2023 theo Nghị định 80 ngày "20/01/2024":
        | ngành   | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | <ngành> | <cuối các tháng>                      | <doanh thu>         | <nguồn vốn>              |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "<kết quả>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngành                                               | cuối các tháng                          | bình quân | doanh thu | nguồn vốn | quy mô   | kết quả       |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 10 × 12                                 | 10        | 3         | 5         | siêu nhỏ | không áp dụng |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11 | 10,08 | 3     | 5         | nhỏ      | không áp dụng |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100 × 12                                | 100       | 50        | 30        | nhỏ      | không áp dụng |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100 × 12                                | 100       | 51        | 21        | vừa      | đạt           |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100 × 12                                | 100       | 51        | 20        | nhỏ      | không áp dụng |
        | thương mại và dịch vụ                               | 50 × 12                                 | 50        | 100       | 60        | nhỏ      | không áp dụng |
        | thương mại và dịch vụ                               | 51 × 12                                 | 51        | 100       | 60        | vừa      | đạt           |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100 × 12                                | 100       | 0         | 20        | nhỏ      | không áp dụng |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100 × 12                                | 100       | 0         | 21        | vừa      | đạt           |

    @ND80
    Kịch bản: Doanh nghiệp mới hoạt động 6 tháng thì lao động bình quân chia cho số tháng hoạt động và chỉ xét nguồn vốn
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô "vừa", không có tổ chức Đảng, 12 người lao động
      Và doanh nghiệp đã báo cáo số liệu năm 2023 theo Nghị định 80 ngày "20/01/2024":
        | ngành                                               | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 8, 8, 10, 10, 12, 12                  | 1                   | 3                        |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "Doanh nghiệp siêu nhỏ (xác định theo Nghị định 80 trên số liệu năm trước; bình quân 10 lao động tham gia BHXH"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "chỉ xét tổng nguồn vốn"

    @ND80
    Khung kịch bản: Doanh nghiệp mới hoạt động 6 tháng, doanh thu 1 tỷ đồng, tổng nguồn vốn <nguồn vốn> tỷ đồng: doanh thu không được xét thay cho nguồn vốn
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô "vừa", không có tổ chức Đảng, 12 người lao động
      Và doanh nghiệp đã báo cáo số liệu năm 2023 theo Nghị định 80 ngày "20/01/2024":
        | ngành                                               | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 50, 50, 50, 50, 50, 50                | 1                   | <nguồn vốn>              |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "<kết quả>"

      Dữ liệu:
        | nguồn vốn | kết quả       |
        | 20        | không áp dụng |
        | 21        | đạt           |

    @ND80
    Khung kịch bản: Số liệu năm <năm số liệu> dùng cho năm đánh giá 2024: <kết quả>
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô "vừa", không có tổ chức Đảng, 12 người lao động
      Và doanh nghiệp đã báo cáo số liệu năm <năm số liệu> theo Nghị định 80 ngày "<ngày báo cáo>":
        | ngành                                               | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 5 × 12                                | 2                   | 1                        |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "<kết quả>"

      Dữ liệu:
        | năm số liệu | ngày báo cáo | kết quả       |
        | 2023        | 20/01/2024   | không áp dụng |
        | 2022        | 20/01/2023   | đạt           |
        | 2024        | 10/11/2024   | đạt           |

    @ND80
    Kịch bản: Theo cách hiểu "chỉ theo quy mô tự khai", số liệu Nghị định 80 không được dùng và kết quả ghi cách hiểu đó
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô "vừa", không có tổ chức Đảng, 12 người lao động
      Và địa phương áp dụng cách hiểu "small_micro_reading" là "declared_only"
      Và doanh nghiệp đã báo cáo số liệu năm 2023 theo Nghị định 80 ngày "20/01/2024":
        | ngành                                               | lao động tham gia BHXH cuối các tháng | doanh thu (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 5 × 12                                | 2                   | 1                        |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả của tiêu chí "TT124.D1.K2.b" ghi cách hiểu "small_micro_reading" là "declared_only"

    @ND80
    Khung kịch bản: Số liệu ghi khi đăng ký (<lao động> lao động, doanh thu <doanh thu> tỷ đồng) khi chưa có số liệu năm trước
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô xác định theo Nghị định 80, không có tổ chức Đảng, <lao động> người lao động, với số liệu:
        | ngành                                               | lao động tham gia BHXH | doanh thu năm (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | <lao động>             | <doanh thu>             | -                        |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "<kết quả>"

      Dữ liệu:
        | lao động | doanh thu | kết quả       |
        | 100      | 50        | không áp dụng |
        | 101      | 50        | đạt           |

    Kịch bản: Doanh nghiệp vừa thuộc đối tượng áp dụng nên thiếu một tiêu chí thì chưa đạt
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "vừa", có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Doanh nghiệp nhỏ không ghi nhận gì và để xảy ra vụ cháy vẫn là "không áp dụng", không phải "chưa đạt"
      Biết doanh nghiệp "Công ty TNHH Thương mại Cầu Kè" có mã số thuế "2100000020", quy mô "nhỏ", có tổ chức Đảng, 30 người lao động
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "01/06/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "không áp dụng"
      Và các tiêu chí có kết quả như sau:
        | tiêu chí       | kết quả       |
        | TT124.D1.K2.b  | không áp dụng |
        | TT124.D6.K1.p1 | không áp dụng |
        | TT124.D6.K1.p2 | không áp dụng |
        | TT124.D6.K1.p3 | không áp dụng |
        | TT124.D6.K1.p4 | không áp dụng |
        | TT124.D6.K1.p5 | không áp dụng |
        | TT124.D6.K2    | không áp dụng |
        | TT124.D6.K3.g  | không áp dụng |
        | TT124.D6.K3.h  | không áp dụng |
        | TT124.D6.K4    | không áp dụng |
        | TT124.D6.K5    | không áp dụng |
      Và kết quả năm không được đánh dấu tạm thời

    Kịch bản: Cơ quan nhà nước thuộc đối tượng áp dụng
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả năm là "đạt"

    Kịch bản: Cơ quan, đơn vị lực lượng vũ trang không thuộc đối tượng áp dụng
      Biết cơ quan "Bộ Chỉ huy Quân sự tỉnh Trà Vinh" có mã số thuế "2100000031", thuộc lực lượng vũ trang, có tổ chức Đảng, 150 cán bộ, công chức, viên chức
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "lực lượng vũ trang"
      Và kết quả năm là "không áp dụng"

    Kịch bản: Công an tỉnh là đơn vị thuộc lực lượng vũ trang nên không thuộc đối tượng áp dụng
      Biết cơ quan "Công an tỉnh Trà Vinh" có mã số thuế "2100000033", thuộc lực lượng vũ trang, có tổ chức Đảng, 900 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "Công an nhân dân"
      Và kết quả năm là "không áp dụng"

    Khung kịch bản: Cơ sở giáo dục chỉ có cấp <cấp học> thì không thuộc đối tượng áp dụng
      Biết cơ sở giáo dục "Trường Mầm non Hoa Sen" có mã "2100000041", cấp học <cấp học>, không có tổ chức Đảng, 25 cán bộ, công nhân viên, người lao động, người dạy và 300 người học
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và kết quả năm là "không áp dụng"

      Dữ liệu:
        | cấp học                |
        | "mầm non"              |
        | "nhà trẻ", "mầm non"   |
        | "tiểu học"             |

    Khung kịch bản: Cơ sở giáo dục có cấp <cấp học> thì thuộc đối tượng áp dụng (trường liên cấp có cả tiểu học: cách hiểu của nhóm)
      Biết cơ sở giáo dục "Trường Tiểu học và Trung học cơ sở Long Đức" có mã "2100000042", cấp học <cấp học>, có tổ chức Đảng, 60 cán bộ, công nhân viên, người lao động, người dạy và 900 người học
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"

      Dữ liệu:
        | cấp học                                 |
        | "tiểu học", "trung học cơ sở"           |
        | "trung học phổ thông"                   |

  @TT124.D2.K2
  Quy tắc: "Cơ quan" là tổ chức được đảm bảo hoạt động từ ngân sách Nhà nước
    Khoản 2 Điều 2: "cơ quan" theo Thông tư là một trong các loại tổ chức được liệt kê (cơ quan nhà
    nước, cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập, tổ chức xã hội nghề nghiệp, tổ
    chức chính trị - xã hội), do cấp có thẩm quyền cho thành lập và hoạt động, có trụ sở, và được
    ngân sách Nhà nước đảm bảo hoạt động. Cách hiểu của nhóm (chưa là tham số có tên): điều kiện
    về ngân sách áp dụng cho mọi loại được liệt kê, nên đơn vị sự nghiệp công lập tự bảo đảm chi
    thường xuyên, được ghi là không được đảm bảo hoạt động từ ngân sách Nhà nước, không phải "cơ
    quan" theo Thông tư và không thuộc đối tượng áp dụng. Cách hiểu đang dùng (tham số
    agency_funding_unrecorded = "in_scope"): cơ quan ghi nhận trước định dạng 3, chưa có thông tin
    về nguồn kinh phí, được hiểu là có và thuộc đối tượng; với "not_applicable" thì chưa xét là cơ
    quan cho đến khi ghi nhận. Kết quả ghi cách hiểu đó.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Cơ quan được ngân sách Nhà nước đảm bảo hoạt động thì thuộc đối tượng áp dụng
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "đạt"
      Và lý do của tiêu chí "TT124.D2.K2" nêu "được đảm bảo hoạt động từ ngân sách Nhà nước"
      Và kết quả năm là "đạt"

    Kịch bản: Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên không được ngân sách đảm bảo hoạt động thì không phải cơ quan theo Thông tư
      Biết cơ quan "Bệnh viện Đa khoa tỉnh Trà Vinh" có mã số thuế "2100000034", không được đảm bảo hoạt động từ ngân sách Nhà nước, có tổ chức Đảng, 700 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D2.K2" nêu "không phải cơ quan theo khoản 2 Điều 2"
      Và lý do của tiêu chí "TT124.D2.K2" nêu "áp dụng cho mọi loại tổ chức được liệt kê"
      Và kết quả năm là "không áp dụng"

    Kịch bản: Hội không thuộc loại tổ chức nào được liệt kê và không được ngân sách đảm bảo hoạt động thì không áp dụng
      Biết cơ quan "Hội Doanh nhân trẻ tỉnh Trà Vinh" có mã số thuế "2100000032", không được đảm bảo hoạt động từ ngân sách Nhà nước, không có tổ chức Đảng, 12 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "không áp dụng"
      Và kết quả năm là "không áp dụng"

    Khung kịch bản: Cơ quan ghi nhận trước định dạng 3, chưa có thông tin nguồn kinh phí, theo cách hiểu "<cách hiểu>", thì <kết quả>
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", chưa ghi nhận nguồn kinh phí hoạt động, có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và địa phương áp dụng cách hiểu "agency_funding_unrecorded" là "<cách hiểu>"
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "<kết quả>"
      Và lý do của tiêu chí "TT124.D2.K2" nêu "<lý do>"
      Và kết quả năm là "<kết quả>"

      Dữ liệu:
        | cách hiểu      | kết quả       | lý do                                                |
        | in_scope       | đạt           | chưa ghi nhận nguồn kinh phí hoạt động: được hiểu là có |
        | not_applicable | không áp dụng | chưa xét là cơ quan theo khoản 2 Điều 2              |

    Kịch bản: Theo cách hiểu mặc định, cơ quan chưa có thông tin nguồn kinh phí thuộc đối tượng áp dụng và kết quả không ghi cách hiểu khác
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", chưa ghi nhận nguồn kinh phí hoạt động, có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "đạt"
      Và kết quả của tiêu chí "TT124.D2.K2" theo cách hiểu mặc định

    Kịch bản: Theo cách hiểu "not_applicable", kết quả ghi cách hiểu đó
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", chưa ghi nhận nguồn kinh phí hoạt động, có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và địa phương áp dụng cách hiểu "agency_funding_unrecorded" là "not_applicable"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D2.K2" là "không áp dụng"
      Và kết quả của tiêu chí "TT124.D2.K2" ghi cách hiểu "agency_funding_unrecorded" là "not_applicable"

    Kịch bản: Tiêu chí về nguồn kinh phí chỉ xét với cơ quan, không xét với doanh nghiệp
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"
      Và kết quả không có tiêu chí "TT124.D2.K2"
