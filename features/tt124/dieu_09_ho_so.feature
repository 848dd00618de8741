# language: vi
Tính năng: Điều 9 — Trình tự, thủ tục, hồ sơ đề nghị công nhận
  Thông tư 124/2021/TT-BCA, Điều 9. Khoản 1 quy định ai họp kiểm điểm, đánh giá, hồ sơ gửi đâu và
  quyết định trước ngày nào, theo từng loại đơn vị; khoản 2 quy định hồ sơ đăng ký và hồ sơ đề nghị
  xét duyệt, công nhận. Văn bản không nói thủ tục thiếu sót thì kết quả ra sao: thư viện nêu mỗi
  thiếu sót là một phát hiện bên cạnh kết quả các tiêu chí, không làm thay đổi kết quả đó.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y, của mọi đơn vị, theo
  hồ sơ ghi nhận đến hết ngày ký (giờ Việt Nam) và tính đến hết ngày ký: cuộc họp, hồ sơ có ngày
  sau ngày ký không được tính. Mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và viện dẫn một mã điều khoản (xem docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu: doanh nghiệp nhà nước Điện lực Trà Vinh, quy mô lớn, có tổ
  chức Đảng và lực lượng bảo vệ. "Đủ thành phần": mọi thành phần điều khoản nêu cho loại đơn vị đó
  (doanh nghiệp: đại diện cấp ủy Đảng nếu có tổ chức Đảng, đại diện các tổ chức đoàn thể, đại diện
  lực lượng bảo vệ nếu có, đại diện Công an cơ sở, đại diện cơ quan có thẩm quyền quản lý; khu dân
  cư: Bí thư chi bộ, đại diện Ban Công tác Mặt trận, đại diện các tổ chức đoàn thể, đại diện Công
  an cơ sở), người chủ trì là người đứng đầu (khu dân cư: Trưởng khu dân cư). Hồ sơ đề nghị công
  nhận "đủ tài liệu": tờ trình đề nghị, báo cáo kết quả, biên bản cuộc họp đánh giá.
  Thời hạn "trước ngày 20 tháng 11" (khu dân cư: "trước ngày 15 tháng 11") được hiểu theo mặc định
  là quyết định ký chậm nhất ngày 19/11 (khu dân cư: 14/11); cách hiểu "deadline_day" là
  "same_day" cho phép ký cả ngày 20/11 (15/11).

  @TT124.D9.K1.a
  Quy tắc: Khu dân cư — Trưởng khu dân cư chủ trì họp; UBND cấp xã quyết định trước ngày 15/11
    Theo cách diễn đạt của nhóm: ở khu dân cư, Trưởng khu dân cư chủ trì cuộc họp kiểm điểm, đánh
    giá; dự họp có Bí thư chi bộ, đại diện Ban Công tác Mặt trận, đại diện Công an cơ sở và, nơi có,
    đại diện các đoàn thể. Hồ sơ gửi Thường trực Ban Chỉ đạo cấp xã (nơi nhận này đã được Thông tư
    48 thay, xem features/tt48/); Thường trực thẩm định, đề xuất để Chủ tịch UBND cấp xã quyết định
    trước ngày 15/11. Công nhận mà không có cuộc họp, hoặc cuộc họp không có đại diện Công an là
    lỗi; thiếu thành phần khác (trừ đoàn thể, chỉ "nếu có") là cảnh báo; quyết định (công nhận hay
    không) ký sau ngày 14/11 là cảnh báo.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ

    Kịch bản: Khu dân cư: quyết định không công nhận ký ngày 14/11/2024 thì không có phát hiện
      Biết UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Khu dân cư: quyết định ký ngày 15/11/2024 là sau thời hạn
      Biết UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "15/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "late_decision" mức "cảnh báo"
      Và phát hiện "late_decision" viện dẫn "TT124.D9.K1.a"
      Và phát hiện "late_decision" nêu "ngày cuối là 14/11/2024"

    Khung kịch bản: Khu dân cư: quyết định ký ngày <ngày ký> theo cách hiểu "<cách hiểu>" (ranh giới ngày 15/11)
      Biết địa phương áp dụng cách hiểu "deadline_day" là "<cách hiểu>"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | cách hiểu  | ngày ký    | số |
        | day_before | 14/11/2024 | 0  |
        | day_before | 15/11/2024 | 1  |
        | same_day   | 15/11/2024 | 0  |
        | same_day   | 16/11/2024 | 1  |

    Kịch bản: Khu dân cư: cuộc họp không có đại diện Công an cơ sở là lỗi
      Biết khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần trừ "đại diện Công an cơ sở", mã dữ kiện "hop-khom-3"
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "no_police_representative" mức "lỗi"
      Và phát hiện "no_police_representative" viện dẫn "TT124.D9.K1.a"
      Và phát hiện "no_police_representative" dựa trên dữ kiện "hop-khom-3"

    Khung kịch bản: Khu dân cư: cuộc họp vắng "<vắng>" thì <kết luận>
      Biết khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần trừ "<vắng>"
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>
      Và không có phát hiện "no_police_representative"
      Và không có phát hiện "no_review_meeting"

      Dữ liệu:
        | vắng                           | kết luận                 | phát hiện                                      |
        | đại diện Ban Công tác Mặt trận | thiếu thành phần         | có phát hiện "attendee_missing" mức "cảnh báo" |
        | Bí thư chi bộ                  | thiếu thành phần         | có phát hiện "attendee_missing" mức "cảnh báo" |
        | đại diện các tổ chức đoàn thể  | vẫn đủ (đoàn thể nếu có) | không có phát hiện "attendee_missing"          |

  @TT124.D9.K1.b
  Quy tắc: Xã, phường — Ban Chỉ đạo cấp xã kiểm điểm; UBND cấp huyện quyết định trước ngày 20/11
    Theo cách diễn đạt của nhóm: Thường trực Ban Chỉ đạo cấp xã tự kiểm điểm, đánh giá việc xây dựng
    xã, phường, thị trấn và gửi hồ sơ lên Thường trực Ban Chỉ đạo cấp huyện để thẩm định, đề xuất
    Chủ tịch UBND cấp huyện quyết định trước ngày 20/11. Quyết định ký sau ngày 19/11 là cảnh báo.
    Cấp huyện không còn từ 01/07/2025; ai quyết định thay là dữ liệu chưa có (xem Điều 10).
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết phường "Phường 1" có mã "29254"

    Kịch bản: Phường: quyết định của UBND cấp huyện ký ngày 19/11/2024 thì không có phát hiện
      Biết UBND cấp huyện đã ký quyết định không công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Phường: quyết định của UBND cấp huyện ký ngày 20/11/2024 là sau thời hạn
      Biết UBND cấp huyện đã ký quyết định không công nhận năm 2024 ngày "20/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "late_decision" mức "cảnh báo"
      Và phát hiện "late_decision" viện dẫn "TT124.D9.K1.b"
      Và phát hiện "late_decision" nêu "ngày cuối là 19/11/2024"

  @TT124.D9.K1.c
  Quy tắc: Cơ quan, doanh nghiệp — người đứng đầu chủ trì họp; cấp có thẩm quyền quyết định trước ngày 20/11
    Theo cách diễn đạt của nhóm: cuộc họp kiểm điểm, đánh giá do Người đứng đầu cơ quan, doanh
    nghiệp, cơ sở giáo dục chủ trì; dự họp có đại diện Công an cơ sở, đại diện cơ quan có thẩm quyền
    quản lý, đại diện cấp ủy Đảng, đại diện các tổ chức đoàn thể và, nơi có lực lượng bảo vệ, đại
    diện lực lượng này. Sau cuộc họp, đơn vị hoàn tất hồ sơ và gửi qua Thường trực Ban Chỉ đạo lên
    cấp có thẩm quyền (Điều 10), cấp này thẩm định và quyết định trước ngày 20/11. Công nhận mà hồ
    sơ ghi nhận đến hết ngày ký không có cuộc họp của năm, hoặc cuộc họp không có đại diện Công an
    cơ sở, là lỗi; thiếu thành phần khác là cảnh báo (đại diện cấp ủy Đảng chỉ khi đơn vị có tổ chức
    Đảng, lực lượng bảo vệ chỉ khi đơn vị có); quyết định ký sau ngày 19/11 là cảnh báo. Cách hiểu
    của nhóm (theo thực tế một số tỉnh coi đơn vị không mời Công an là chưa đạt): các thiếu sót thủ
    tục là phát hiện, không làm thay đổi kết quả tiêu chí.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024

    Kịch bản: Họp đủ thành phần, hồ sơ đủ tài liệu, quyết định ngày 19/11/2024 thì không có phát hiện
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện cấp ủy Đảng", "đại diện các tổ chức đoàn thể", "đại diện lực lượng bảo vệ", "đại diện Công an cơ sở", "đại diện cơ quan có thẩm quyền quản lý"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Quyết định ký ngày 20/11/2024 là sau thời hạn
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "20/11/2024", mã dữ kiện "qd-muon"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "late_decision" mức "cảnh báo"
      Và phát hiện "late_decision" viện dẫn "TT124.D9.K1.c"
      Và phát hiện "late_decision" nêu "Quyết định ngày 20/11/2024, sau thời hạn (ngày cuối là 19/11/2024)"
      Và phát hiện "late_decision" dựa trên dữ kiện "qd-muon"

    Khung kịch bản: Quyết định ký ngày <ngày ký> theo cách hiểu "<cách hiểu>" (ranh giới ngày 20/11)
      Biết địa phương áp dụng cách hiểu "deadline_day" là "<cách hiểu>"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "<ngày ký>"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | cách hiểu  | ngày ký    | số |
        | day_before | 18/11/2024 | 0  |
        | day_before | 19/11/2024 | 0  |
        | day_before | 20/11/2024 | 1  |
        | day_before | 20/12/2024 | 1  |
        | same_day   | 20/11/2024 | 0  |
        | same_day   | 21/11/2024 | 1  |

    Kịch bản: Công nhận mà không có cuộc họp kiểm điểm, đánh giá là lỗi
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_review_meeting" mức "lỗi"
      Và phát hiện "no_review_meeting" viện dẫn "TT124.D9.K1.c"
      Và phát hiện "no_review_meeting" nêu "Không có biên bản cuộc họp kiểm điểm, đánh giá năm 2024 trước quyết định ngày 19/11/2024"

    Kịch bản: Cuộc họp không có đại diện Công an cơ sở là lỗi
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần trừ "đại diện Công an cơ sở", mã dữ kiện "hop-kiem-diem"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_police_representative" mức "lỗi"
      Và phát hiện "no_police_representative" viện dẫn "TT124.D9.K1.c"
      Và phát hiện "no_police_representative" dựa trên dữ kiện "hop-kiem-diem"

    Khung kịch bản: Cuộc họp vắng "<vắng>" là cảnh báo
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần trừ "<vắng>"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "attendee_missing" mức "cảnh báo"
      Và phát hiện "attendee_missing" viện dẫn "TT124.D9.K1.c"
      Và phát hiện "attendee_missing" nêu "Cuộc họp kiểm điểm, đánh giá thiếu: <vắng>"

      Dữ liệu:
        | vắng                                   |
        | đại diện cơ quan có thẩm quyền quản lý |
        | đại diện cấp ủy Đảng                   |
        | đại diện các tổ chức đoàn thể          |
        | đại diện lực lượng bảo vệ              |

    Kịch bản: Doanh nghiệp không có tổ chức Đảng thì cuộc họp không cần đại diện cấp ủy Đảng
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", không có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện các tổ chức đoàn thể", "đại diện lực lượng bảo vệ", "đại diện Công an cơ sở", "đại diện cơ quan có thẩm quyền quản lý"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện "attendee_missing"

    Khung kịch bản: Cuộc họp ngày <ngày họp>, quyết định ký ngày 19/11/2024 (ranh giới ngày ký)
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "<ngày họp>", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | ngày họp   | số |
        | 19/11/2024 | 0  |
        | 20/11/2024 | 1  |

    Kịch bản: Không công nhận thì không cần cuộc họp
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025, trừ tiêu chí "TT124.D6.K1.p4"
      Và UBND cấp tỉnh đã ký quyết định không công nhận năm 2025 ngày "19/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì không có phát hiện nào

  @TT124.D9.K1.d
  Quy tắc: Đơn vị do Bộ Công an theo dõi — Bộ trưởng Bộ Công an quyết định trước ngày 20/11
    Theo cách diễn đạt của nhóm: đơn vị thuộc diện các đơn vị nghiệp vụ của Bộ Công an theo dõi,
    hướng dẫn (về an ninh, trật tự và phong trào toàn dân bảo vệ an ninh Tổ quốc) thì hồ sơ do Cục
    Xây dựng phong trào bảo vệ an ninh Tổ quốc thẩm định; Bộ trưởng Bộ Công an quyết định, cũng
    trước ngày 20/11. Quyết định của Bộ Công an ký sau ngày 19/11 là cảnh báo.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp thuộc diện Bộ Công an theo dõi
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu

    Kịch bản: Bộ Công an quyết định ngày 19/11/2024 thì không có phát hiện
      Biết Bộ Công an đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Bộ Công an quyết định ngày 20/11/2024 là sau thời hạn
      Biết Bộ Công an đã ký quyết định công nhận năm 2024 ngày "20/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "late_decision" mức "cảnh báo"
      Và phát hiện "late_decision" viện dẫn "TT124.D9.K1.d"
      Và phát hiện "late_decision" nêu "ngày cuối là 19/11/2024"

  @TT124.D9.K2.a
  Quy tắc: Hồ sơ đăng ký gồm nghị quyết của cấp ủy Đảng (nơi có tổ chức Đảng), kế hoạch và bản đăng ký phấn đấu
    Theo cách diễn đạt của nhóm: hồ sơ đăng ký gồm nghị quyết lãnh đạo công tác bảo đảm an ninh,
    trật tự của cấp ủy Đảng (chỉ nơi có tổ chức Đảng), kế hoạch bảo đảm an ninh, trật tự (UBND cấp
    xã, cơ quan, doanh nghiệp, cơ sở giáo dục; khu dân cư không có) và bản đăng ký phấn đấu đạt tiêu
    chuẩn. Công nhận mà hồ sơ năm đó thiếu một trong các tài liệu ấy là cảnh báo. Khoản này không
    đặt thời hạn hay nơi nhận: quý I là thời hạn của tiêu chí (khoản 1 Điều 6), nên tài liệu nộp
    muộn vẫn có trong hồ sơ đăng ký dù tiêu chí chưa đạt.
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Hồ sơ đăng ký đủ ba tài liệu thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã nộp hồ sơ đăng ký năm 2024 ngày "20/02/2024" gồm đủ tài liệu
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Hồ sơ đăng ký thiếu nghị quyết của cấp ủy Đảng là cảnh báo
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 2 phát hiện
      Và có phát hiện "registration_dossier_incomplete" mức "cảnh báo"
      Và phát hiện "registration_dossier_incomplete" viện dẫn "TT124.D9.K2.a"
      Và phát hiện "registration_dossier_incomplete" nêu "Hồ sơ đăng ký thiếu: nghị quyết của cấp ủy Đảng"
      Và có phát hiện "recognised_against_record" mức "lỗi"

    Khung kịch bản: Hồ sơ đăng ký ngày <ngày nộp> gồm <tài liệu>: <kết luận>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã nộp hồ sơ đăng ký năm 2024 ngày "<ngày nộp>" gồm: <tài liệu>
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện
      Và <phát hiện>

      Dữ liệu:
        | ngày nộp   | tài liệu                                                    | kết luận                                   | số | phát hiện                                                     |
        | 31/03/2024 | "kế hoạch bảo đảm an ninh, trật tự", "bản đăng ký phấn đấu" | đủ, trong quý I                            | 0  | không có phát hiện "registration_dossier_incomplete"          |
        | 01/04/2024 | "kế hoạch bảo đảm an ninh, trật tự", "bản đăng ký phấn đấu" | hồ sơ đủ, tiêu chí chưa đạt vì ngoài quý I | 1  | không có phát hiện "registration_dossier_incomplete"          |
        | 20/02/2024 | "kế hoạch bảo đảm an ninh, trật tự"                         | thiếu bản đăng ký phấn đấu                 | 2  | có phát hiện "registration_dossier_incomplete" mức "cảnh báo" |
        | 20/02/2024 | "bản đăng ký phấn đấu"                                      | thiếu kế hoạch                             | 2  | có phát hiện "registration_dossier_incomplete" mức "cảnh báo" |

    Khung kịch bản: Đơn vị <tổ chức Đảng> tổ chức Đảng, hồ sơ đăng ký không có nghị quyết (ranh giới "nơi có tổ chức Đảng")
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", <tổ chức Đảng> tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p1"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>

      Dữ liệu:
        | tổ chức Đảng | phát hiện                                                     |
        | có           | có phát hiện "registration_dossier_incomplete" mức "cảnh báo" |
        | không có     | không có phát hiện nào                                        |

    Khung kịch bản: Khu dân cư <chi bộ> chi bộ, hồ sơ đăng ký "đủ tài liệu": không thiếu nghị quyết
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", <chi bộ> chi bộ
      Và khu dân cư đã nộp hồ sơ đăng ký năm 2024 ngày "20/02/2024" gồm đủ tài liệu
      Và khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện "registration_dossier_incomplete"

      Dữ liệu:
        | chi bộ   |
        | có       |
        | không có |

  @TT124.D9.K2.b
  Quy tắc: Hồ sơ đề nghị công nhận gồm tờ trình, báo cáo kết quả và biên bản cuộc họp đánh giá
    Theo cách diễn đạt của nhóm: hồ sơ đề nghị xét duyệt, công nhận gồm tờ trình đề nghị, báo cáo
    kết quả xây dựng đơn vị đạt tiêu chuẩn, biên bản cuộc họp đánh giá việc thực hiện các tiêu chí,
    và các tài liệu khác có liên quan (không bắt buộc). Công nhận mà hồ sơ ghi nhận đến hết ngày ký
    không có hồ sơ đề nghị của năm là lỗi; thiếu một trong ba tài liệu là cảnh báo. Văn bản không
    đòi bảng tự chấm điểm, chữ ký hay con dấu: thiếu chúng không phải phát hiện.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần

    Kịch bản: Hồ sơ gồm tờ trình, báo cáo kết quả và biên bản thì không có phát hiện
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm: "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Công nhận mà không có hồ sơ đề nghị là lỗi
      Biết UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_dossier" mức "lỗi"
      Và phát hiện "no_dossier" viện dẫn "TT124.D9.K2.b"
      Và phát hiện "no_dossier" nêu "Không có hồ sơ đề nghị công nhận năm 2024 trước quyết định ngày 19/11/2024"

    Khung kịch bản: Hồ sơ hai tài liệu, thiếu "<thiếu>", là cảnh báo
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm: <tài liệu>, mã dữ kiện "ho-so"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "dossier_incomplete" mức "cảnh báo"
      Và phát hiện "dossier_incomplete" viện dẫn "TT124.D9.K2.b"
      Và phát hiện "dossier_incomplete" nêu "Hồ sơ đề nghị công nhận thiếu: <thiếu>"
      Và phát hiện "dossier_incomplete" dựa trên dữ kiện "ho-so"

      Dữ liệu:
        | tài liệu                                            | thiếu                      |
        | "báo cáo kết quả", "biên bản cuộc họp đánh giá"     | tờ trình đề nghị           |
        | "tờ trình đề nghị", "biên bản cuộc họp đánh giá"    | báo cáo kết quả            |
        | "tờ trình đề nghị", "báo cáo kết quả"               | biên bản cuộc họp đánh giá |

    Khung kịch bản: Hồ sơ gồm <tài liệu>: <số> phát hiện (ranh giới ba tài liệu)
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm: <tài liệu>
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | tài liệu                                                                                      | số |
        | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá"                           | 0  |
        | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá", "bảng tự chấm điểm"      | 0  |
        | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá", "tài liệu khác có liên quan" | 0  |
        | "tờ trình đề nghị", "báo cáo kết quả", "bảng tự chấm điểm", "tài liệu khác có liên quan"     | 1  |
        | "tờ trình đề nghị", "báo cáo kết quả"                                                         | 1  |

    Khung kịch bản: Hồ sơ nộp ngày <ngày nộp>, quyết định ký ngày 19/11/2024 (ranh giới ngày ký)
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "<ngày nộp>" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | ngày nộp   | số |
        | 19/11/2024 | 0  |
        | 20/11/2024 | 1  |
