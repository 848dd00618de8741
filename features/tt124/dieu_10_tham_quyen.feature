# language: vi
Tính năng: Điều 10 — Thẩm quyền xét duyệt, quyết định công nhận
  Thông tư 124/2021/TT-BCA, Điều 10. Mỗi cấp chính quyền xét duyệt, quyết định công nhận và cấp
  Giấy công nhận cho các đơn vị thuộc thẩm quyền hoặc được ủy quyền quản lý của mình; Bộ Công an
  làm việc đó cho các đơn vị do các đơn vị nghiệp vụ của Bộ theo dõi, hướng dẫn; UBND cấp trên có
  thể ủy quyền cho UBND cấp dưới một cấp. Việc thẩm định hồ sơ do Thường trực Ban Chỉ đạo các cấp
  làm (ở Bộ: Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Điều 9); Ủy ban nhân dân hoặc Bộ
  trưởng Bộ Công an xét duyệt, quyết định. Văn bản không có thủ tục thu hồi quyết định: thư viện
  không đặt ra. Cấp quản lý đơn vị là thông tin đơn vị ghi trong sổ
  ("doanh nghiệp do "UBND cấp …" quản lý", "doanh nghiệp thuộc diện Bộ Công an theo dõi"); khi sổ
  không ghi, chỉ kiểm tra những gì đọc được từ chính quyết định. Cấp huyện không còn từ 01/07/2025
  (ngày sắp xếp đơn vị hành chính, dữ liệu theo ngày); thẩm quyền chuyển về đâu chưa được xác định
  và thư viện không đoán.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y, của mọi đơn vị, theo
  hồ sơ ghi nhận đến hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng
  vững trên hồ sơ) hoặc "cảnh báo" (cần xem lại) và viện dẫn một mã điều khoản (xem docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu (doanh nghiệp nhà nước Điện lực Trà Vinh); "đủ thành phần", "đủ
  tài liệu" xem features/tt124/dieu_09_ho_so.feature. Quyết định công nhận kèm Giấy công nhận, trừ
  khi ghi "không cấp Giấy công nhận".

  @TT124.D10.K1
  Quy tắc: UBND cấp xã công nhận khu dân cư và đơn vị thuộc thẩm quyền của mình, cấp Giấy công nhận
    Theo cách diễn đạt của nhóm: cấp xã là nơi xét duyệt, quyết định và cấp Giấy công nhận cho mọi
    khu dân cư, và cho những cơ quan, doanh nghiệp, cơ sở giáo dục mà cấp xã quản lý (theo thẩm
    quyền hoặc được ủy quyền quản lý). Quyết định về một khu dân cư do cấp khác ký, hoặc quyết định
    do cấp khác ký cho đơn vị thuộc thẩm quyền cấp xã mà không có ủy quyền, là lỗi; quyết định công
    nhận mà không cấp Giấy công nhận là cảnh báo (phát hiện này ở mỗi cấp viện dẫn khoản của cấp
    đó). Thẩm quyền đối với khu dân cư không phụ thuộc cấp quản lý ghi trong sổ: chỉ cấp xã có.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: UBND cấp xã công nhận đơn vị do cấp xã quản lý và cấp Giấy công nhận thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp xã" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: UBND cấp tỉnh công nhận đơn vị do cấp xã quản lý là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp xã" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-tinh"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K1"
      Và phát hiện "not_competent" nêu "Quyết định do UBND cấp tỉnh ký, nhưng thẩm quyền đối với đơn vị thuộc UBND cấp xã"
      Và phát hiện "not_competent" dựa trên dữ kiện "qd-tinh"

    Kịch bản: UBND cấp xã công nhận mà không cấp Giấy công nhận là cảnh báo
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp xã" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024", không cấp Giấy công nhận
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_certificate" mức "cảnh báo"
      Và phát hiện "no_certificate" viện dẫn "TT124.D10.K1"
      Và phát hiện "no_certificate" nêu "công nhận đạt nhưng không ghi số Giấy công nhận"

    Kịch bản: Quyết định không công nhận thì không cấp Giấy công nhận và không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025, trừ tiêu chí "TT124.D6.K1.p4"
      Và doanh nghiệp do "UBND cấp xã" quản lý
      Và UBND cấp xã đã ký quyết định không công nhận năm 2025 ngày "19/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì không có phát hiện nào

    Kịch bản: Khu dân cư: UBND cấp huyện ký quyết định là lỗi
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "14/11/2024", mã dữ kiện "qd-huyen"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K1"
      Và phát hiện "not_competent" nêu "Quyết định do UBND cấp huyện ký, nhưng thẩm quyền đối với đơn vị thuộc UBND cấp xã"
      Và phát hiện "not_competent" dựa trên dữ kiện "qd-huyen"
      Và không có phát hiện "no_certificate"

    Khung kịch bản: Khu dân cư: quyết định do <cấp> ký (ranh giới cấp có thẩm quyền)
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", <chi bộ> chi bộ
      Và <cấp> đã ký quyết định không công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>

      Dữ liệu:
        | cấp           | chi bộ   | phát hiện                                  |
        | UBND cấp xã   | có       | không có phát hiện nào                     |
        | UBND cấp xã   | không có | không có phát hiện nào                     |
        | UBND cấp huyện | có      | có phát hiện "not_competent" mức "lỗi"     |
        | UBND cấp tỉnh | có       | có phát hiện "not_competent" mức "lỗi"     |

  @TT124.D10.K2
  Quy tắc: UBND cấp huyện công nhận xã, phường và đơn vị thuộc thẩm quyền của mình, đến hết ngày 30/06/2025
    Theo cách diễn đạt của nhóm: cấp huyện là nơi xét duyệt, quyết định và cấp Giấy công nhận cho
    các xã, phường, thị trấn, và cho những cơ quan, doanh nghiệp, cơ sở giáo dục mà cấp huyện quản
    lý (theo thẩm quyền hoặc được ủy quyền quản lý). Quyết định do cấp khác ký cho đơn vị thuộc thẩm
    quyền cấp huyện là lỗi. Cấp huyện không còn từ 01/07/2025: quyết định do UBND cấp huyện ký từ
    ngày đó là lỗi; quyết định về xã, phường ký từ ngày đó là cảnh báo "chưa xác định thẩm quyền",
    vì cơ quan thay cấp huyện chưa được xác định.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: UBND cấp huyện công nhận đơn vị do cấp huyện quản lý ngày 19/11/2024 thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp huyện" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: UBND cấp tỉnh công nhận đơn vị do cấp huyện quản lý là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp huyện" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K2"

    Kịch bản: Quyết định do UBND cấp huyện ký ngày 01/07/2025 là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp huyện" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "01/07/2025", mã dữ kiện "qd-huyen"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "abolished_authority" mức "lỗi"
      Và phát hiện "abolished_authority" viện dẫn "TT124.D10.K2"
      Và phát hiện "abolished_authority" nêu "UBND cấp huyện ký ngày 01/07/2025, khi cấp huyện đã không còn (từ 01/07/2025)"
      Và phát hiện "abolished_authority" dựa trên dữ kiện "qd-huyen"

    Khung kịch bản: Quyết định do UBND cấp huyện ký ngày <ngày ký> (ranh giới ngày 01/07/2025)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp huyện" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì <cấp huyện>
      Và có phát hiện "late_decision" mức "cảnh báo"

      Dữ liệu:
        | ngày ký    | cấp huyện                                     |
        | 30/06/2025 | không có phát hiện "abolished_authority"      |
        | 01/07/2025 | có phát hiện "abolished_authority" mức "lỗi"  |

    Kịch bản: Phường: quyết định không công nhận ngày 19/11/2025 thì chưa xác định được thẩm quyền
      Biết phường "Phường 1" có mã "29254"
      Và UBND cấp tỉnh đã ký quyết định không công nhận năm 2025 ngày "19/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì có 1 phát hiện
      Và có phát hiện "competence_unknown" mức "cảnh báo"
      Và phát hiện "competence_unknown" viện dẫn "TT124.D10.K2"
      Và phát hiện "competence_unknown" nêu "thẩm quyền thay thế chưa được xác định"

  @TT124.D10.K3
  Quy tắc: UBND cấp tỉnh công nhận đơn vị thuộc thẩm quyền của mình
    Theo cách diễn đạt của nhóm: cấp tỉnh là nơi xét duyệt, quyết định và cấp Giấy công nhận cho
    những cơ quan, doanh nghiệp, cơ sở giáo dục mà cấp tỉnh quản lý (theo thẩm quyền hoặc được ủy
    quyền quản lý). Quyết định do cấp khác ký cho đơn vị thuộc thẩm quyền cấp tỉnh mà không có ủy
    quyền là lỗi.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu

    Kịch bản: UBND cấp tỉnh công nhận đơn vị do cấp tỉnh quản lý thì không có phát hiện
      Biết UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: UBND cấp xã công nhận đơn vị do cấp tỉnh quản lý, không có ủy quyền, là lỗi
      Biết UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K3"
      Và phát hiện "not_competent" nêu "thẩm quyền đối với đơn vị thuộc UBND cấp tỉnh"

    Kịch bản: UBND cấp tỉnh công nhận mà không cấp Giấy công nhận là cảnh báo
      Biết UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", không cấp Giấy công nhận
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_certificate" mức "cảnh báo"
      Và phát hiện "no_certificate" viện dẫn "TT124.D10.K3"

    Khung kịch bản: Đơn vị do cấp tỉnh quản lý, quyết định <người ký> (ranh giới ủy quyền)
      Biết <quyết định>
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | người ký                                | quyết định                                                                                                    | số |
        | của UBND cấp tỉnh                       | UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"                                           | 0  |
        | của UBND cấp huyện theo ủy quyền        | UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "19/11/2024" theo ủy quyền của UBND cấp tỉnh          | 0  |
        | của UBND cấp huyện, không có ủy quyền   | UBND cấp huyện đã ký quyết định công nhận năm 2024 ngày "19/11/2024"                                          | 1  |

  @TT124.D10.K4
  Quy tắc: Bộ Công an công nhận đơn vị do các đơn vị nghiệp vụ của Bộ theo dõi, hướng dẫn
    Theo cách diễn đạt của nhóm: Bộ Công an là nơi xét duyệt, quyết định và cấp Giấy công nhận cho
    những cơ quan, doanh nghiệp, cơ sở giáo dục thuộc diện các đơn vị nghiệp vụ của Bộ theo dõi,
    hướng dẫn (về an ninh, trật tự và phong trào toàn dân bảo vệ an ninh Tổ quốc). Bộ Công an công
    nhận đơn vị không thuộc diện đó là lỗi.
    Cách hiểu của nhóm (chưa có tham số đặt tên): một đơn vị có thể vừa thuộc thẩm quyền UBND cấp
    tỉnh (khoản 3) vừa thuộc diện đơn vị nghiệp vụ của Bộ Công an theo dõi, hướng dẫn (khoản 4);
    văn bản không nói khoản nào được ưu tiên. Cách hiểu đang dùng (tham số ministry_overlap =
    "ministry"): thẩm quyền khi đó thuộc Bộ Công an, nên UBND (cấp nào cũng vậy) công nhận đơn vị
    thuộc diện Bộ theo dõi là lỗi; với "managing_level" thì cấp đang quản lý đơn vị có thẩm quyền.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu

    Kịch bản: Bộ Công an công nhận đơn vị thuộc diện Bộ theo dõi thì không có phát hiện
      Biết doanh nghiệp thuộc diện Bộ Công an theo dõi
      Và Bộ Công an đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Bộ Công an công nhận đơn vị không thuộc diện Bộ theo dõi là lỗi
      Biết Bộ Công an đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-bo"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K4"
      Và phát hiện "not_competent" nêu "Bộ Công an chỉ công nhận đơn vị thuộc diện các đơn vị nghiệp vụ của Bộ theo dõi, hướng dẫn; sổ không ghi đơn vị này thuộc diện đó"
      Và phát hiện "not_competent" dựa trên dữ kiện "qd-bo"

    Kịch bản: UBND cấp tỉnh công nhận đơn vị thuộc diện Bộ Công an theo dõi là lỗi
      Biết doanh nghiệp thuộc diện Bộ Công an theo dõi
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K4"
      Và phát hiện "not_competent" nêu "thẩm quyền đối với đơn vị thuộc Bộ Công an"

    Khung kịch bản: Đơn vị do UBND cấp tỉnh quản lý và thuộc diện Bộ Công an theo dõi, UBND cấp tỉnh công nhận, theo cách hiểu "<cách hiểu>"
      Biết doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp thuộc diện Bộ Công an theo dõi
      Và địa phương áp dụng cách hiểu "ministry_overlap" là "<cách hiểu>"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | cách hiểu      | số |
        | ministry       | 1  |
        | managing_level | 0  |

    Kịch bản: Bộ Công an công nhận mà không cấp Giấy công nhận là cảnh báo
      Biết doanh nghiệp thuộc diện Bộ Công an theo dõi
      Và Bộ Công an đã ký quyết định công nhận năm 2024 ngày "19/11/2024", không cấp Giấy công nhận
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_certificate" mức "cảnh báo"
      Và phát hiện "no_certificate" viện dẫn "TT124.D10.K4"

    Khung kịch bản: Bộ Công an công nhận đơn vị <trường hợp>: <số> phát hiện (ranh giới diện Bộ theo dõi)
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và <diện>
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và Bộ Công an đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | trường hợp                     | diện                                        | số |
        | thuộc diện Bộ Công an theo dõi | doanh nghiệp thuộc diện Bộ Công an theo dõi | 0  |
        | do UBND cấp tỉnh quản lý       | doanh nghiệp do "UBND cấp tỉnh" quản lý     | 1  |

  @TT124.D10.K5
  Quy tắc: UBND cấp trên chỉ ủy quyền cho UBND cấp dưới một cấp, và chỉ cho cơ quan, doanh nghiệp, cơ sở giáo dục
    Theo cách diễn đạt của nhóm: nếu điều kiện địa phương cho phép, một UBND có thể giao cho UBND ở
    cấp ngay dưới việc xét duyệt, công nhận các cơ quan, doanh nghiệp, cơ sở giáo dục nằm trên địa
    bàn của cấp được giao (ủy quyền). Quyết định theo ủy quyền là lỗi khi người ủy quyền không phải
    cấp ngay trên người ký, khi người ủy quyền không phải cấp quản lý đơn vị, hoặc khi đơn vị là
    khu dân cư hay xã, phường. Cách hiểu của nhóm ("delegation_levels"): "một cấp" tính theo các
    cấp còn tồn tại vào ngày ký, nên từ 01/07/2025 UBND cấp tỉnh có thể ủy quyền cho UBND cấp xã;
    cách hiểu "strict_three_levels" chỉ cho tỉnh → huyện và huyện → xã.
    Chưa kiểm tra được: điều kiện đơn vị "đóng trên địa bàn" của cấp được ủy quyền. Quyết định chỉ
    ghi tên cơ quan ký bằng chữ tự do, không ghi địa bàn của cơ quan đó, nên thư viện không so được
    địa bàn của đơn vị với địa bàn của UBND ký theo ủy quyền; việc "tùy điều kiện địa phương"
    cũng không kiểm tra được trên hồ sơ.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: UBND cấp xã công nhận theo ủy quyền của UBND cấp huyện quản lý đơn vị thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp huyện" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024" theo ủy quyền của UBND cấp huyện
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: UBND cấp xã công nhận năm 2024 theo ủy quyền của UBND cấp tỉnh (dưới hai cấp) là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024" theo ủy quyền của UBND cấp tỉnh, mã dữ kiện "qd-uy-quyen"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "invalid_delegation" mức "lỗi"
      Và phát hiện "invalid_delegation" viện dẫn "TT124.D10.K5"
      Và phát hiện "invalid_delegation" nêu "UBND cấp xã không phải cấp dưới một cấp của UBND cấp tỉnh"
      Và phát hiện "invalid_delegation" dựa trên dữ kiện "qd-uy-quyen"

    Kịch bản: Ủy quyền của cấp không quản lý đơn vị là lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "19/11/2024" theo ủy quyền của UBND cấp huyện
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "invalid_delegation" mức "lỗi"
      Và phát hiện "invalid_delegation" nêu "đơn vị thuộc thẩm quyền UBND cấp tỉnh, không phải UBND cấp huyện"

    Khung kịch bản: Ủy quyền từ UBND cấp tỉnh cho UBND cấp <cấp> ngày 19/11/<năm>, cách hiểu "<cách hiểu>" (ranh giới một cấp / hai cấp)
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm <năm>
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và địa phương áp dụng cách hiểu "delegation_levels" là "<cách hiểu>"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm <năm> ngày "16/11/<năm>", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm <năm> ngày "17/11/<năm>" gồm đủ tài liệu
      Và UBND cấp <cấp> đã ký quyết định công nhận năm <năm> ngày "19/11/<năm>" theo ủy quyền của UBND cấp tỉnh
      Khi rà soát các quyết định năm <năm>
      Thì <phát hiện>

      Dữ liệu:
        | cấp   | năm  | cách hiểu           | phát hiện                                     |
        | huyện | 2024 | next_existing_level | không có phát hiện nào                        |
        | xã    | 2024 | next_existing_level | có phát hiện "invalid_delegation" mức "lỗi"   |
        | xã    | 2025 | next_existing_level | không có phát hiện nào                        |
        | xã    | 2025 | strict_three_levels | có phát hiện "invalid_delegation" mức "lỗi"   |

    Kịch bản: Khu dân cư không được công nhận theo ủy quyền
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "14/11/2024" theo ủy quyền của UBND cấp huyện
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "invalid_delegation" mức "lỗi"
      Và phát hiện "invalid_delegation" nêu "không được ủy quyền công nhận khu dân cư"
