# language: vi
Tính năng: Điều 1 — Phạm vi điều chỉnh và đối tượng áp dụng
  Thông tư 124/2021/TT-BCA, Chương I. Đơn vị không thuộc đối tượng áp dụng có kết quả năm
  "không áp dụng", không bao giờ "chưa đạt". Với tiêu chí phạm vi TT124.D1.K2.b, "đạt" nghĩa là
  đơn vị thuộc đối tượng áp dụng.

  @TT124.D1.K2.b
  Quy tắc: Doanh nghiệp nhỏ, siêu nhỏ và cơ quan thuộc lực lượng vũ trang không thuộc đối tượng áp dụng
    Khoản 2 Điều 1, điểm b: Thông tư áp dụng với cơ quan (trừ cơ quan, đơn vị thuộc lực lượng vũ
    trang), doanh nghiệp (trừ doanh nghiệp nhỏ, siêu nhỏ) và cơ sở giáo dục (trừ trường tiểu học,
    trường mầm non, nhà trẻ; cơ sở giáo dục chưa được thể hiện ở đây). Quy mô doanh nghiệp do
    doanh nghiệp tự khai, hoặc được xác định theo Nghị định 80/2021/NĐ-CP từ số liệu lao động,
    doanh thu, nguồn vốn; kết quả ghi rõ căn cứ đã dùng. Ngưỡng của Nghị định 80 đang ở trạng
    thái tạm thời (mã ND80, cần đối chiếu). Hồ sơ đơn vị được xét tại ngày tham chiếu: ngày đánh
    giá, nhưng không muộn hơn ngày cuối kỳ đánh giá.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Doanh nghiệp tự khai quy mô "<quy mô>" thì không thuộc đối tượng áp dụng
      Biết doanh nghiệp "Công ty TNHH Thương mại Cầu Kè" có mã số thuế "2100000020", quy mô "<quy mô>", không có tổ chức Đảng, 30 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả năm là "đạt"

      Dữ liệu:
        | quy mô |
        | vừa    |
        | lớn    |

    @ND80
    Khung kịch bản: Doanh nghiệp <quy mô> theo số liệu Nghị định 80 thì không thuộc đối tượng áp dụng
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô xác định theo Nghị định 80, không có tổ chức Đảng, <lao động> người lao động, với số liệu:
        | ngành   | lao động tham gia BHXH | doanh thu năm (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | <ngành> | <lao động>             | <doanh thu>             | <nguồn vốn>              |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "Doanh nghiệp <quy mô> (xác định theo Nghị định 80)"
      Và kết quả năm là "không áp dụng"

      Dữ liệu:
        | ngành                                               | lao động | doanh thu | nguồn vốn | quy mô   |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 10       | 3         | -         | siêu nhỏ |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100      | 50        | -         | nhỏ      |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100      | 60        | 20        | nhỏ      |
        | thương mại và dịch vụ                               | 50       | 100       | -         | nhỏ      |

    @ND80
    Khung kịch bản: Doanh nghiệp <quy mô> theo số liệu Nghị định 80 thì thuộc đối tượng áp dụng
      Biết doanh nghiệp "Công ty TNHH Cơ khí Cầu Ngang" có mã số thuế "2100000021", quy mô xác định theo Nghị định 80, có tổ chức Đảng, <lao động> người lao động, với số liệu:
        | ngành   | lao động tham gia BHXH | doanh thu năm (tỷ đồng) | tổng nguồn vốn (tỷ đồng) |
        | <ngành> | <lao động>             | <doanh thu>             | <nguồn vốn>              |
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả năm là "đạt"

      Dữ liệu:
        | ngành                                               | lao động | doanh thu | nguồn vốn | quy mô |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 101      | 50        | -         | vừa    |
        | nông, lâm nghiệp, thủy sản; công nghiệp và xây dựng | 100      | 60        | -         | vừa    |
        | thương mại và dịch vụ                               | 51       | 100       | -         | vừa    |
        | thương mại và dịch vụ                               | 120      | 400       | 150       | lớn    |

    Kịch bản: Doanh nghiệp vừa thuộc đối tượng áp dụng nên thiếu một tiêu chí thì chưa đạt
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "vừa", có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Doanh nghiệp nhỏ không ghi nhận gì và để xảy ra vụ cháy vẫn là "không áp dụng", không phải "chưa đạt"
      Biết doanh nghiệp "Công ty TNHH Thương mại Cầu Kè" có mã số thuế "2100000020", quy mô "nhỏ", có tổ chức Đảng, 30 người lao động
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "01/06/2024"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
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
        | TT124.D6.PROV1 | không áp dụng |
        | TT124.D6.PROV2 | không áp dụng |
        | TT124.D6.PROV3 | không áp dụng |
      Và kết quả năm không được đánh dấu tạm thời

    Kịch bản: Cơ quan nhà nước thuộc đối tượng áp dụng
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "đạt"
      Và kết quả năm là "đạt"

    Kịch bản: Cơ quan thuộc lực lượng vũ trang không thuộc đối tượng áp dụng
      Biết cơ quan "Bộ Chỉ huy Quân sự tỉnh Trà Vinh" có mã số thuế "2100000031", thuộc lực lượng vũ trang, có tổ chức Đảng, 150 cán bộ, công chức, viên chức
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D1.K2.b" là "không áp dụng"
      Và lý do của tiêu chí "TT124.D1.K2.b" nêu "lực lượng vũ trang"
      Và kết quả năm là "không áp dụng"
      Và kết quả năm không được đánh dấu tạm thời
