# language: vi
Tính năng: Điều 9 — Trình tự, thủ tục và hồ sơ công nhận
  Thông tư 124/2021/TT-BCA, Điều 9. Khoản 1 quy định ai họp kiểm điểm, đánh giá, hồ sơ gửi đâu và
  quyết định trước ngày nào, theo từng loại đơn vị; khoản 2 quy định hồ sơ đăng ký và hồ sơ đề nghị
  xét duyệt, công nhận. Văn bản không nói thủ tục thiếu sót thì kết quả ra sao: thư viện nêu mỗi
  thiếu sót là một phát hiện bên cạnh kết quả các tiêu chí, không làm thay đổi kết quả đó.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y, của mọi đơn vị, theo
  hồ sơ ghi nhận đến hết ngày ký (giờ Việt Nam) và tính đến hết ngày ký: cuộc họp, hồ sơ có ngày
  sau ngày ký không được tính. Mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và viện dẫn một mã điều khoản (xem docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu: doanh nghiệp nhà nước Điện lực Trà Vinh, quy mô lớn, có tổ
  chức Đảng và lực lượng bảo vệ. "Đủ thành phần": mọi người mà điều khoản nêu cho loại đơn vị đó,
  trừ người chủ trì. Doanh nghiệp, cơ quan: đại diện cơ quan có thẩm quyền quản lý, đại diện
  Công an cơ sở, đại diện các tổ chức đoàn thể, đại diện cấp ủy Đảng (nơi có tổ chức Đảng) và
  đại diện lực lượng bảo vệ (nơi có lực lượng này). Khu dân cư: đại diện Công an cấp cơ sở, đại
  diện Ban Công tác Mặt trận, Bí thư chi bộ (nơi có chi bộ) và đại diện các tổ chức đoàn thể
  quần chúng. Người chủ trì là người đứng đầu đơn vị (khu dân cư: Trưởng khu dân cư), trừ khi
  bước ghi "do … chủ trì". Hồ sơ đề nghị công nhận "đủ tài liệu": tờ trình đề nghị, báo cáo kết
  quả, biên bản cuộc họp đánh giá.
  Thời hạn: văn bản viết "trước ngày 20 tháng 11" (khu dân cư: "trước ngày 15 tháng 11"); "trước
  ngày X" không gồm chính ngày X, nên theo lời văn quyết định ký chậm nhất ngày 19/11 (khu dân
  cư: 14/11) — đó là mặc định ("deadline_day" là "day_before"). Giá trị "same_day" (cho ký cả
  ngày 20/11, khu dân cư 15/11) là cách áp dụng nới lỏng mà địa phương có thể chọn khi triển
  khai, không phải một cách hiểu khác của văn bản.

  @TT124.D9.K1.a
  Quy tắc: Khu dân cư — Trưởng khu dân cư chủ trì họp; UBND cấp xã quyết định trước ngày 15/11
    Theo cách diễn đạt của nhóm: ở khu dân cư, Trưởng khu dân cư là người chủ trì cuộc họp kiểm
    điểm, đánh giá; cùng họp có đại diện Công an cấp cơ sở, đại diện Ban Công tác Mặt trận, Bí
    thư chi bộ và, nơi có, đại diện các tổ chức đoàn thể quần chúng. Sau đó hồ sơ được gửi
    Thường trực Ban Chỉ đạo cấp xã (nơi nhận này đã được Thông tư 48 thay, xem features/tt48/)
    để thẩm định và đề xuất; Chủ tịch UBND cấp xã quyết định trước ngày 15/11, tức chậm nhất ngày
    14/11 theo lời văn ("same_day": tùy chọn nới lỏng cho ký cả ngày 15/11).
    Là lỗi: công nhận mà không có cuộc họp, hoặc không cuộc họp nào có đại diện Công an cấp cơ
    sở. Là cảnh báo: không cuộc họp nào do Trưởng khu dân cư chủ trì; cuộc họp vắng đại diện Ban
    Công tác Mặt trận hoặc vắng Bí thư chi bộ; quyết định (công nhận hay không) ký sau ngày 14/11.
    Cách hiểu của nhóm: khu dân cư không có chi bộ thì không có Bí thư chi bộ để mời; vai trò
    "người đứng đầu" ghi cho cuộc họp của khu dân cư (như các bản ghi trước định dạng 3) là Trưởng
    khu dân cư. Chưa kiểm tra được: đoàn thể quần chúng chỉ phải có mặt "nếu có", mà sổ chưa ghi
    khu dân cư có các tổ chức này hay không, nên vắng họ không phải phát hiện.
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

    Kịch bản: Khu dân cư: cuộc họp không có đại diện Công an cấp cơ sở là lỗi
      Biết khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần trừ "đại diện Công an cấp cơ sở", mã dữ kiện "hop-khom-3"
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "no_police_representative" mức "lỗi"
      Và phát hiện "no_police_representative" viện dẫn "TT124.D9.K1.a"
      Và phát hiện "no_police_representative" nêu "Cuộc họp kiểm điểm, đánh giá không có đại diện Công an cấp cơ sở"
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
        | vắng                                     | kết luận                       | phát hiện                                      |
        | đại diện Ban Công tác Mặt trận           | thiếu thành phần               | có phát hiện "attendee_missing" mức "cảnh báo" |
        | Bí thư chi bộ                            | thiếu thành phần               | có phát hiện "attendee_missing" mức "cảnh báo" |
        | đại diện các tổ chức đoàn thể quần chúng | không kết luận (chỉ "nếu có")  | không có phát hiện "attendee_missing"          |

    Kịch bản: Khu dân cư: cuộc họp do Bí thư chi bộ chủ trì là cảnh báo
      Biết khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", do "Bí thư chi bộ" chủ trì, đủ thành phần, mã dữ kiện "hop-khom-3"
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "attendee_missing" mức "cảnh báo"
      Và phát hiện "attendee_missing" viện dẫn "TT124.D9.K1.a"
      Và phát hiện "attendee_missing" nêu "Cuộc họp kiểm điểm, đánh giá không do Trưởng khu dân cư chủ trì (người chủ trì: Bí thư chi bộ)"
      Và phát hiện "attendee_missing" dựa trên dữ kiện "hop-khom-3"

    Khung kịch bản: Khu dân cư: cuộc họp do "<chủ trì>" chủ trì (ranh giới người chủ trì)
      Biết khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", do "<chủ trì>" chủ trì, đủ thành phần
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>
      Và không có phát hiện "no_police_representative"

      Dữ liệu:
        | chủ trì                        | phát hiện                                      |
        | Trưởng khu dân cư              | không có phát hiện "attendee_missing"          |
        | đại diện Ban Công tác Mặt trận | có phát hiện "attendee_missing" mức "cảnh báo" |
        | đại diện Công an cấp cơ sở     | có phát hiện "attendee_missing" mức "cảnh báo" |

  @TT124.D9.K1.b
  Quy tắc: Xã, phường — Ban Chỉ đạo cấp xã kiểm điểm; UBND cấp huyện quyết định trước ngày 20/11
    Theo cách diễn đạt của nhóm: Thường trực Ban Chỉ đạo cấp xã kiểm điểm, đánh giá kết quả xây
    dựng xã, phường, thị trấn rồi gửi hồ sơ lên Thường trực Ban Chỉ đạo cấp huyện; cơ quan này
    thẩm định, đề xuất để Chủ tịch UBND cấp huyện quyết định trước ngày 20/11, tức chậm nhất ngày
    19/11 theo lời văn. Quyết định ký sau ngày 19/11 là cảnh báo. Cấp huyện không còn từ
    01/07/2025; ai quyết định thay là dữ liệu chưa có (xem Điều 10). Chưa kiểm tra được: cuộc
    kiểm điểm của Ban Chỉ đạo và đường đi của hồ sơ (sổ chưa ghi các việc này cho xã, phường).
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
    Theo cách diễn đạt của nhóm: người đứng đầu cơ quan, doanh nghiệp hoặc cơ sở giáo dục là người
    chủ trì cuộc họp kiểm điểm, đánh giá; cùng họp có đại diện cơ quan có thẩm quyền quản lý, đại
    diện Công an cơ sở, đại diện các tổ chức đoàn thể, đại diện cấp ủy Đảng và, nơi có lực lượng
    bảo vệ, đại diện lực lượng này. Họp xong, đơn vị hoàn tất hồ sơ và gửi qua Thường trực Ban Chỉ
    đạo lên cấp có thẩm quyền (Điều 10); cấp này thẩm định, xét duyệt và quyết định trước ngày
    20/11, tức chậm nhất ngày 19/11 theo lời văn ("same_day": tùy chọn nới lỏng cho ký cả ngày
    20/11).
    Là lỗi: công nhận mà hồ sơ ghi nhận đến hết ngày ký không có cuộc họp của năm, hoặc không cuộc
    họp nào có đại diện Công an cơ sở. Là cảnh báo: không cuộc họp nào do người đứng đầu chủ trì;
    vắng một thành phần khác (đại diện cấp ủy Đảng chỉ khi đơn vị có tổ chức Đảng, đại diện lực
    lượng bảo vệ chỉ khi đơn vị có lực lượng này vào ngày ký); quyết định ký sau ngày 19/11.
    Cách hiểu của nhóm (theo thực tế một số tỉnh coi đơn vị không mời Công an là chưa đạt): các
    thiếu sót thủ tục là phát hiện, không làm thay đổi kết quả tiêu chí. Cách hiểu của nhóm: khoản
    1 là trình tự đề nghị công nhận, nên quyết định không công nhận không đòi cuộc họp, hồ sơ.
    Chưa kiểm tra được: cấp phó chủ trì theo ủy quyền của người đứng đầu (sổ chưa có vai trò cấp
    phó), việc thẩm định của Thường trực Ban Chỉ đạo.
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024

    Kịch bản: Họp đủ thành phần, hồ sơ đủ tài liệu, quyết định ngày 19/11/2024 thì không có phát hiện
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện cấp ủy Đảng", "đại diện các tổ chức đoàn thể", "đại diện lực lượng bảo vệ", "đại diện cơ quan có thẩm quyền quản lý", "đại diện Công an cơ sở"
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
      Và phát hiện "no_police_representative" nêu "Cuộc họp kiểm điểm, đánh giá không có đại diện Công an cơ sở"
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

    Kịch bản: Cuộc họp do đại diện cấp ủy Đảng chủ trì là cảnh báo
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", do "đại diện cấp ủy Đảng" chủ trì, đủ thành phần, mã dữ kiện "hop-kiem-diem"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "attendee_missing" mức "cảnh báo"
      Và phát hiện "attendee_missing" viện dẫn "TT124.D9.K1.c"
      Và phát hiện "attendee_missing" nêu "Cuộc họp kiểm điểm, đánh giá không do người đứng đầu chủ trì (người chủ trì: đại diện cấp ủy Đảng)"
      Và phát hiện "attendee_missing" dựa trên dữ kiện "hop-kiem-diem"

    Khung kịch bản: Cuộc họp do "<chủ trì>" chủ trì, <vắng> (ranh giới người chủ trì)
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", do "<chủ trì>" chủ trì, <thành phần>
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện
      Và <phát hiện>

      Dữ liệu:
        | chủ trì                                | vắng                       | thành phần                                        | số | phát hiện                                                                                   |
        | người đứng đầu                         | đủ thành phần              | đủ thành phần                                     | 0  | không có phát hiện "attendee_missing"                                                       |
        | đại diện cơ quan có thẩm quyền quản lý | người đứng đầu vẫn dự họp  | đủ thành phần                                     | 1  | phát hiện "attendee_missing" nêu "không do người đứng đầu chủ trì"                          |
        | đại diện cơ quan có thẩm quyền quản lý | người đứng đầu vắng        | đủ thành phần trừ "người đứng đầu"                | 1  | phát hiện "attendee_missing" nêu "không do người đứng đầu chủ trì"                          |
        | đại diện cấp ủy Đảng                   | vắng cả đoàn thể           | đủ thành phần trừ "đại diện các tổ chức đoàn thể" | 1  | phát hiện "attendee_missing" nêu "chủ trì (người chủ trì: đại diện cấp ủy Đảng); thiếu: đại diện các tổ chức đoàn thể" |

    Kịch bản: Doanh nghiệp không có tổ chức Đảng thì cuộc họp không cần đại diện cấp ủy Đảng
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", không có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện các tổ chức đoàn thể", "đại diện lực lượng bảo vệ", "đại diện cơ quan có thẩm quyền quản lý", "đại diện Công an cơ sở"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện "attendee_missing"

    Khung kịch bản: Doanh nghiệp <lực lượng> lực lượng bảo vệ, cuộc họp không có đại diện lực lượng bảo vệ (ranh giới "nếu có")
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", có tổ chức Đảng, 180 người lao động
      Và doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024<trừ>
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện cấp ủy Đảng", "đại diện các tổ chức đoàn thể", "đại diện cơ quan có thẩm quyền quản lý", "đại diện Công an cơ sở"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>
      Và <tiêu chí>

      Dữ liệu:
        | lực lượng | trừ                               | phát hiện                                      | tiêu chí                                                                   |
        | có        |                                   | có phát hiện "attendee_missing" mức "cảnh báo" | không có phát hiện "recognised_against_record"                             |
        | không có  | , trừ tiêu chí "TT124.D6.K4"      | không có phát hiện "attendee_missing"          | phát hiện "recognised_against_record" nêu "TT124.D6.K4 (chưa đạt)"         |

    Khung kịch bản: Cuộc họp ngày <ngày họp>, hồ sơ nộp và quyết định ký ngày 19/11/2024 (ranh giới ngày ký)
      Biết doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "<ngày họp>", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "19/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện
      Và <phát hiện>

      Dữ liệu:
        | ngày họp   | số | phát hiện                                     |
        | 19/11/2024 | 0  | không có phát hiện "no_review_meeting"        |
        | 20/11/2024 | 1  | có phát hiện "no_review_meeting" mức "lỗi"    |

    Kịch bản: Không công nhận thì không cần cuộc họp
      Biết doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025, trừ tiêu chí "TT124.D6.K1.p4"
      Và UBND cấp tỉnh đã ký quyết định không công nhận năm 2025 ngày "19/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì không có phát hiện nào

  @TT124.D9.K1.d
  Quy tắc: Đơn vị do Bộ Công an theo dõi — Bộ trưởng Bộ Công an quyết định trước ngày 20/11
    Theo cách diễn đạt của nhóm: với đơn vị mà các đơn vị nghiệp vụ của Bộ Công an theo dõi,
    hướng dẫn (về an ninh, trật tự và phong trào toàn dân bảo vệ an ninh Tổ quốc), Cục Xây dựng
    phong trào bảo vệ an ninh Tổ quốc thẩm định hồ sơ, rồi Bộ trưởng Bộ Công an quyết định, cũng
    trước ngày 20/11 (chậm nhất ngày 19/11 theo lời văn). Quyết định của Bộ Công an ký sau ngày
    19/11 là cảnh báo.
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
    Theo cách diễn đạt của nhóm: hồ sơ đăng ký có ba thứ: nghị quyết của cấp ủy Đảng lãnh đạo công
    tác bảo đảm an ninh, trật tự (chỉ nơi có tổ chức Đảng; ở khu dân cư là nơi có chi bộ), kế
    hoạch bảo đảm an ninh, trật tự (của UBND cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục; khu
    dân cư không lập) và bản đăng ký phấn đấu đạt tiêu chuẩn. Công nhận mà hồ sơ năm đó thiếu một
    trong các tài liệu ấy là cảnh báo. Khoản này không đặt thời hạn hay nơi nhận: quý I là thời
    hạn của tiêu chí (khoản 1 Điều 6), nên tài liệu nộp muộn vẫn có trong hồ sơ đăng ký dù tiêu
    chí chưa đạt.
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

    Kịch bản: Khu dân cư có chi bộ mà hồ sơ đăng ký chỉ có bản đăng ký phấn đấu là cảnh báo
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và khu dân cư đã nộp hồ sơ đăng ký năm 2024 ngày "20/02/2024" gồm: "bản đăng ký phấn đấu"
      Và khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "registration_dossier_incomplete" mức "cảnh báo"
      Và phát hiện "registration_dossier_incomplete" viện dẫn "TT124.D9.K2.a"
      Và phát hiện "registration_dossier_incomplete" nêu "Hồ sơ đăng ký thiếu: nghị quyết của cấp ủy Đảng"

    Khung kịch bản: Khu dân cư <chi bộ> chi bộ, hồ sơ đăng ký chỉ có bản đăng ký phấn đấu (ranh giới "nơi có tổ chức Đảng" ở khu dân cư)
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", <chi bộ> chi bộ
      Và khu dân cư đã nộp hồ sơ đăng ký năm 2024 ngày "20/02/2024" gồm: "bản đăng ký phấn đấu"
      Và khu dân cư đã họp kiểm điểm, đánh giá năm 2024 ngày "05/11/2024", đủ thành phần
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "07/11/2024" gồm đủ tài liệu
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "14/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì <phát hiện>
      Và không có phát hiện "attendee_missing"

      Dữ liệu:
        | chi bộ   | phát hiện                                                     |
        | có       | có phát hiện "registration_dossier_incomplete" mức "cảnh báo" |
        | không có | không có phát hiện "registration_dossier_incomplete"          |

  @TT124.D9.K2.b
  Quy tắc: Hồ sơ đề nghị công nhận gồm tờ trình, báo cáo kết quả và biên bản cuộc họp đánh giá
    Theo cách diễn đạt của nhóm: hồ sơ đề nghị xét duyệt, công nhận có tờ trình đề nghị, báo cáo
    kết quả xây dựng đơn vị đạt tiêu chuẩn, biên bản cuộc họp đánh giá việc thực hiện các tiêu chí,
    và các tài liệu khác có liên quan (không bắt buộc). Công nhận mà hồ sơ ghi nhận đến hết ngày ký
    không có hồ sơ đề nghị của năm là lỗi; thiếu một trong ba tài liệu là cảnh báo. Văn bản không
    đòi bảng tự chấm điểm, chữ ký hay con dấu: thiếu chúng không phải phát hiện.
    Thứ tự họp → hồ sơ → quyết định: biên bản trong hồ sơ là biên bản của cuộc họp kiểm điểm, đánh
    giá (khoản 1: họp xong mới hoàn tất hồ sơ). Hồ sơ nộp trước mọi cuộc họp của năm thì không
    thể có biên bản đó: cảnh báo, như thiếu biên bản (hồ sơ nộp cùng ngày họp là đúng thứ tự).
    Hồ sơ, cuộc họp có ngày sau ngày ký thì không được tính (quyết định không thể dựa vào chúng).
    Trạng thái văn bản: đã đối chiếu (verified)

    Bối cảnh:
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần, mã dữ kiện "hop-16-11"

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

    Kịch bản: Hồ sơ nộp trước cuộc họp mà hồ sơ phải chứa biên bản là cảnh báo
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "15/11/2024" gồm đủ tài liệu, mã dữ kiện "ho-so"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "dossier_incomplete" mức "cảnh báo"
      Và phát hiện "dossier_incomplete" viện dẫn "TT124.D9.K2.b"
      Và phát hiện "dossier_incomplete" nêu "Hồ sơ có biên bản cuộc họp đánh giá nộp ngày 15/11/2024, trước cuộc họp kiểm điểm, đánh giá ngày 16/11/2024"
      Và phát hiện "dossier_incomplete" dựa trên dữ kiện "ho-so"
      Và phát hiện "dossier_incomplete" dựa trên dữ kiện "hop-16-11"

    Khung kịch bản: Hồ sơ nộp ngày <ngày nộp>, cuộc họp ngày 16/11/2024 (ranh giới thứ tự họp → hồ sơ)
      Biết doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "<ngày nộp>" gồm: <tài liệu>
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện
      Và <phát hiện>

      Dữ liệu:
        | ngày nộp   | tài liệu                                                            | số | phát hiện                                                                 |
        | 15/11/2024 | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá" | 1  | có phát hiện "dossier_incomplete" mức "cảnh báo"                          |
        | 16/11/2024 | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá" | 0  | không có phát hiện "dossier_incomplete"                                   |
        | 18/11/2024 | "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá" | 0  | không có phát hiện "dossier_incomplete"                                   |
        | 15/11/2024 | "tờ trình đề nghị", "biên bản cuộc họp đánh giá"                    | 1  | phát hiện "dossier_incomplete" nêu "thiếu: báo cáo kết quả; hồ sơ có biên bản" |
