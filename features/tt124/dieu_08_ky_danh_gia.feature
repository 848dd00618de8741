# language: vi
Tính năng: Điều 8 — Mốc thời gian đánh giá
  Thông tư 124/2021/TT-BCA, Điều 8. Khoản 1 (phân loại đạt / chưa đạt theo mức độ đạt các tiêu chí
  và các tiêu chí khác UBND cấp tỉnh đặt, nếu có) có quy tắc trong
  features/tt124/dieu_06_tieu_chi.feature (@TT124.D8.K1) và các kịch bản rà soát quyết định so với
  hồ sơ trong features/kiem_toan/quyet_dinh_va_ho_so.feature. Khoản 2 (mốc thời gian đánh giá) có
  hai quy tắc dưới đây. Mọi dữ kiện được xếp vào đúng một kỳ đánh giá theo ngày nó xảy ra. "Đánh
  giá tính đến hết ngày D" xét mọi việc xảy ra đến hết ngày D: hết ngày cuối kỳ thì kỳ đánh giá
  khép lại và kết quả năm là kết quả cuối cùng.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" hoặc "cảnh báo" và viện dẫn một mã điều
  khoản (xem docs/audit.md). "Một doanh nghiệp" là đơn vị mẫu (doanh nghiệp nhà nước Điện lực Trà
  Vinh); "đủ thành phần", "đủ tài liệu" xem features/tt124/dieu_09_ho_so.feature.

  @TT124.D8.K2.b
  Quy tắc: Kỳ đánh giá năm Y của cơ quan, doanh nghiệp, cơ sở giáo dục, xã, phường, thị trấn: từ 16/11 năm Y-1 đến hết 15/11 năm Y
    Theo cách diễn đạt của nhóm: với xã, phường, thị trấn, cơ quan, doanh nghiệp và cơ sở giáo dục,
    kỳ đánh giá của năm Y bắt đầu ngày 16/11 năm trước và kết thúc ngày 15/11 năm Y, tính cả hai
    ngày. Cách hiểu của nhóm: Y là năm kỳ kết thúc; "quý I" ở khoản 1 Điều 6 là từ 01/01 đến 31/03
    năm Y. Dữ kiện ngày 15/11 năm Y thuộc năm Y; dữ kiện ngày 16/11 năm Y thuộc năm Y+1.
    Kiểm tra của thư viện (văn bản không đặt quy định này, chỉ đặt kỳ đánh giá): quyết định về năm
    Y ký không sau ngày cuối kỳ là cảnh báo, vì khi đó kỳ đánh giá chưa khép lại. Kỳ kéo dài đến
    hết ngày 15/11 và quyết định chỉ ghi ngày ký, nên quyết định ký ngày 15/11 vẫn được ký khi việc
    của chính ngày đó còn có thể xảy ra: nhóm chọn coi đó là cảnh báo, để ranh giới trùng với
    ranh giới của kỳ (16/11 là ngày đầu tiên quyết định không bị cảnh báo).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kỳ đánh giá năm <năm>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm <năm>
      Khi đánh giá năm <năm> tính đến hết ngày "31/12/<năm>"
      Thì kỳ đánh giá là từ ngày "<từ ngày>" đến ngày "<đến ngày>"

      Dữ liệu:
        | năm  | từ ngày    | đến ngày   |
        | 2022 | 16/11/2021 | 15/11/2022 |
        | 2024 | 16/11/2023 | 15/11/2024 |
        | 2025 | 16/11/2024 | 15/11/2025 |

    Khung kịch bản: Buổi phổ biến ngày <ngày phổ biến> với kỳ đánh giá năm <năm>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm <năm>, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp đã phổ biến, quán triệt nội quy, quy định và tiêu chí cho 420 người lao động ngày "<ngày phổ biến>"
      Khi đánh giá năm <năm> tính đến hết ngày "30/11/<năm>"
      Thì tiêu chí "TT124.D6.K1.p4" là "<kết quả>"

      Dữ liệu:
        | ngày phổ biến | năm  | kết quả  |
        | 15/11/2023    | 2024 | chưa đạt |
        | 16/11/2023    | 2024 | đạt      |
        | 15/11/2024    | 2024 | đạt      |
        | 16/11/2024    | 2024 | chưa đạt |
        | 16/11/2024    | 2025 | đạt      |

    Khung kịch bản: Vụ cháy nghiêm trọng ngày <ngày xảy ra> được tính vào kỳ đánh giá năm <năm được tính>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2024 tính đến hết ngày "30/11/2025"
      Thì tiêu chí "TT124.D6.K3.g" là "<năm 2024>"
      Khi đánh giá năm 2025 tính đến hết ngày "30/11/2025"
      Thì tiêu chí "TT124.D6.K3.g" là "<năm 2025>"

      Dữ liệu:
        | ngày xảy ra | năm được tính | năm 2024 | năm 2025 |
        | 15/11/2023  | 2023          | đạt      | đạt      |
        | 16/11/2023  | 2024          | chưa đạt | đạt      |
        | 15/11/2024  | 2024          | chưa đạt | đạt      |
        | 16/11/2024  | 2025          | đạt      | chưa đạt |

    Khung kịch bản: Đáp ứng đủ các tiêu chí, kết quả năm tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | đạt           |
        | 31/12/2024    | đạt           |

    Khung kịch bản: Vụ cháy nghiêm trọng ngày 15/11/2024, kết quả năm tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/11/2024"
      Khi đánh giá năm 2024 tính đến hết ngày "<ngày đánh giá>"
      Thì kết quả năm là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả       |
        | 14/11/2024    | chưa kết luận |
        | 15/11/2024    | chưa đạt      |

    Kịch bản: Quyết định công nhận ký sau ngày cuối kỳ thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "18/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Quyết định công nhận ký ngày 14/11/2024, trước ngày cuối kỳ, là cảnh báo
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "12/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "13/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "14/11/2024", mã dữ kiện "qd-som"
      Khi rà soát các quyết định năm 2024
      Thì có 2 phát hiện
      Và có phát hiện "decided_before_window_end" mức "cảnh báo"
      Và phát hiện "decided_before_window_end" viện dẫn "TT124.D8.K2.b"
      Và phát hiện "decided_before_window_end" nêu "Quyết định ngày 14/11/2024 được ký khi kỳ đánh giá chưa khép lại (kỳ kéo dài đến hết ngày 15/11/2024)"
      Và phát hiện "decided_before_window_end" dựa trên dữ kiện "qd-som"
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" nêu "chưa kết luận"

    Kịch bản: Quyết định công nhận ký ngày 15/11/2024, ngày cuối kỳ, vẫn là cảnh báo
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "12/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "13/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "15/11/2024", mã dữ kiện "qd-ngay-cuoi"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "decided_before_window_end" mức "cảnh báo"
      Và phát hiện "decided_before_window_end" nêu "Quyết định ngày 15/11/2024 được ký khi kỳ đánh giá chưa khép lại (kỳ kéo dài đến hết ngày 15/11/2024)"
      Và phát hiện "decided_before_window_end" dựa trên dữ kiện "qd-ngay-cuoi"
      Và không có phát hiện "recognised_against_record"

    Khung kịch bản: Quyết định <kết quả> ký ngày <ngày ký> (ranh giới ngày cuối kỳ 15/11)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "12/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "13/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định <kết quả> năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>
      Và có <số> phát hiện

      Dữ liệu:
        | kết quả         | ngày ký    | phát hiện                                                  | số |
        | công nhận       | 14/11/2024 | có phát hiện "decided_before_window_end" mức "cảnh báo"    | 2  |
        | công nhận       | 15/11/2024 | có phát hiện "decided_before_window_end" mức "cảnh báo"    | 1  |
        | công nhận       | 16/11/2024 | không có phát hiện "decided_before_window_end"             | 0  |
        | không công nhận | 14/11/2024 | có phát hiện "decided_before_window_end" mức "cảnh báo"    | 1  |

  @TT124.D8.K2.a
  Quy tắc: Kỳ đánh giá năm Y của khu dân cư: từ 01/11 năm Y-1 đến hết 31/10 năm Y
    Theo cách diễn đạt của nhóm: với khu dân cư, kỳ đánh giá của năm Y bắt đầu ngày 01/11 năm trước
    và kết thúc ngày 31/10 năm Y, tính cả hai ngày (để UBND cấp xã kịp quyết định trước ngày 15/11,
    xem @TT124.D9.K1.a). Kiểm tra của thư viện, như ở điểm b: quyết định về năm Y ký không sau
    ngày 31/10 năm Y (kể cả chính ngày 31/10, khi kỳ chưa khép lại) là cảnh báo; từ 01/11 thì
    không. Các kịch bản dưới đây dùng quyết định không công nhận, là quyết định không cần cuộc họp
    và hồ sơ, để chỉ xét ngày ký.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ

    Kịch bản: Khu dân cư: quyết định ký ngày 01/11/2024, sau ngày cuối kỳ, thì không có phát hiện
      Biết UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "01/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Khu dân cư: quyết định ký ngày 30/10/2024, trước ngày cuối kỳ, là cảnh báo
      Biết UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "30/10/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "decided_before_window_end" mức "cảnh báo"
      Và phát hiện "decided_before_window_end" viện dẫn "TT124.D8.K2.a"
      Và phát hiện "decided_before_window_end" nêu "kỳ đánh giá chưa khép lại (kỳ kéo dài đến hết ngày 31/10/2024)"

    Khung kịch bản: Khu dân cư: quyết định ký ngày <ngày ký> (ranh giới 31/10 — 01/11)
      Biết UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | ngày ký    | số |
        | 30/10/2024 | 1  |
        | 31/10/2024 | 1  |
        | 01/11/2024 | 0  |
        | 14/11/2024 | 0  |
