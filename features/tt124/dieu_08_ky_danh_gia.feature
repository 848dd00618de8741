# language: vi
Tính năng: Điều 8 — Kỳ đánh giá
  Thông tư 124/2021/TT-BCA, Điều 8. Mọi dữ kiện được xếp vào đúng một kỳ đánh giá theo ngày nó
  xảy ra. "Đánh giá tại ngày D" nghĩa là tính đến hết ngày D: tại ngày 15/11 kỳ đánh giá đã khép
  lại và kết quả năm là kết quả cuối cùng.

  Bối cảnh:
    Biết doanh nghiệp "Điện lực Trà Vinh" có mã số thuế "2100000001", quy mô "lớn", có tổ chức Đảng, 420 người lao động

  @TT124.D8.K2.b
  Quy tắc: Kỳ đánh giá năm Y từ ngày 16/11 năm Y-1 đến hết ngày 15/11 năm Y
    Khoản 2 Điều 8, điểm b: với xã, phường, thị trấn, cơ quan, doanh nghiệp và cơ sở giáo dục, kỳ
    đánh giá của năm Y tính từ ngày 16 tháng 11 năm Y-1 đến ngày 15 tháng 11 năm Y (khu dân cư:
    từ 01/11 đến 31/10, chưa thể hiện ở đây). "Quý I" ở khoản 1 Điều 6 là từ 01/01 đến 31/03 năm
    Y. Dữ kiện ngày 15/11 năm Y thuộc năm Y; dữ kiện ngày 16/11 năm Y thuộc năm Y+1.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kỳ đánh giá năm <năm>
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm <năm>
      Khi đánh giá năm <năm> tại ngày "31/12/<năm>"
      Thì kỳ đánh giá là từ ngày "<từ ngày>" đến ngày "<đến ngày>"

      Dữ liệu:
        | năm  | từ ngày    | đến ngày   |
        | 2022 | 16/11/2021 | 15/11/2022 |
        | 2024 | 16/11/2023 | 15/11/2024 |
        | 2025 | 16/11/2024 | 15/11/2025 |

    Khung kịch bản: Buổi phổ biến ngày <ngày phổ biến> với kỳ đánh giá năm <năm>
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm <năm>, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy và tiêu chuẩn cho 420 người lao động ngày "<ngày phổ biến>"
      Khi đánh giá năm <năm> tại ngày "30/11/<năm>"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày phổ biến | năm  | kết quả  |
        | 15/11/2023    | 2024 | chưa đạt |
        | 16/11/2023    | 2024 | đạt      |
        | 15/11/2024    | 2024 | đạt      |
        | 16/11/2024    | 2024 | chưa đạt |
        | 16/11/2024    | 2025 | đạt      |

    Khung kịch bản: Vụ cháy ngày <ngày xảy ra> được tính vào kỳ đánh giá năm <năm được tính>
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tại ngày "30/11/2025"
      Thì tiêu chí "TT124.D6.PROV1" là "<năm 2024>"
      Khi đánh giá năm 2025 tại ngày "30/11/2025"
      Thì tiêu chí "TT124.D6.PROV1" là "<năm 2025>"

      Dữ liệu:
        | ngày xảy ra | năm được tính | năm 2024 | năm 2025 |
        | 15/11/2023  | 2023          | đạt      | đạt      |
        | 16/11/2023  | 2024          | chưa đạt | đạt      |
        | 15/11/2024  | 2024          | chưa đạt | đạt      |
        | 16/11/2024  | 2025          | đạt      | chưa đạt |

    Khung kịch bản: Đáp ứng đủ các tiêu chí, kết quả năm tại ngày <ngày đánh giá>
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | đạt      |
        | 31/12/2024    | đạt      |

    Khung kịch bản: Vụ cháy ngày 15/11/2024, kết quả năm tại ngày <ngày đánh giá>
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "15/11/2024"
      Khi đánh giá năm 2024 tại ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 14/11/2024    | đang chờ |
        | 15/11/2024    | chưa đạt |
