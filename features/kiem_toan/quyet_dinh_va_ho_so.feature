# language: vi
Tính năng: Rà soát quyết định công nhận so với hồ sơ ghi nhận khi ký
  Thủ tục được ghi vào sổ như mọi dữ kiện: cuộc họp kiểm điểm, đánh giá (ai chủ trì, những thành
  phần nào dự), hồ sơ đăng ký và hồ sơ đề nghị công nhận (gồm những tài liệu nào, gửi đâu) và quyết
  định (cấp nào ký, có theo ủy quyền không, công nhận hay không công nhận; quyết định công nhận kèm
  Giấy công nhận). Rà soát các quyết định năm Y xét từng quyết định còn hiệu lực về năm Y, của mọi
  đơn vị, theo hồ sơ ghi nhận đến hết ngày ký (giờ Việt Nam) và tính đến hết ngày ký; nếu sổ được
  lập hoặc ghi bổ sung sau ngày ký thì theo dữ liệu ghi nhận đến lúc quyết định được ghi vào sổ.
  Mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ) hoặc "cảnh báo" (cần xem lại),
  và viện dẫn mã điều khoản liên quan.
  Các thủ tục có quy tắc riêng theo từng điều: mỗi năm một quyết định (tt124/dieu_03), kỳ đánh giá
  (tt124/dieu_08), họp kiểm điểm, đánh giá và hồ sơ (tt124/dieu_09), thẩm quyền (tt124/dieu_10),
  nơi nhận hồ sơ (tt48/). "Một doanh nghiệp" là đơn vị mẫu (doanh nghiệp nhà nước Điện lực Trà
  Vinh); "đủ thành phần", "đủ tài liệu" xem tt124/dieu_09.
  Các thẻ mã điều khoản trên kịch bản chỉ để tra cứu chéo; quy tắc dưới đây không gắn mã.

  Quy tắc: Quyết định được đối chiếu với hồ sơ ghi nhận đến hết ngày ký
    Công nhận đạt khi hồ sơ lúc đó cho kết quả "chưa đạt" (hoặc "chưa kết luận") là lỗi; không công
    nhận khi hồ sơ lúc đó cho kết quả "đạt" là cảnh báo (khoản 1 Điều 8: phân loại theo mức độ đạt
    các tiêu chí). Báo cáo ghi nhận sau ngày ký không làm quyết định thành sai, nhưng làm thay đổi
    kết quả theo dữ liệu hôm nay. Vụ việc ghi theo loại chỉ có ở Thông tư 23 (ví dụ mất trộm tài
    sản có giá trị lớn) chưa được phân loại lại theo Thông tư 124 thì điểm tương ứng của khoản 3
    Điều 6 "chưa kết luận" cho đến khi được phân loại lại; quyết định vẫn đứng vững trên những gì
    đã biết khi ký.

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Công nhận đạt khi hồ sơ cho kết quả chưa đạt là lỗi
      Biết hôm nay là "16/11/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/04/2024", mã dữ kiện "dk-thang-4"
      Và hôm nay là "19/11/2024 15:00"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-cong-nhan"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" viện dẫn "TT124.D8.K1"
      Và phát hiện "recognised_against_record" nêu "công nhận đạt"
      Và phát hiện "recognised_against_record" nêu "TT124.D6.K1.p2 (chưa đạt)"
      Và phát hiện "recognised_against_record" dựa trên dữ kiện "qd-cong-nhan"
      Và phát hiện "recognised_against_record" dựa trên dữ kiện "dk-thang-4"
      Và phát hiện "recognised_against_record" được đối chiếu với dữ liệu ghi nhận đến "19/11/2024"

    @TT124.D8.K1 @TT124.D6.K3.g
    Kịch bản: Báo cáo ghi nhận sau ngày ký không làm quyết định thành sai nhưng làm đổi kết quả hôm nay
      Biết hôm nay là "16/11/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "19/11/2024 15:00"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Và hôm nay là "10/01/2025 08:00"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "01/10/2024", mã dữ kiện "chay-kho"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "19/11/2024"
      Thì kết quả năm là "đạt"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và kết quả năm là "chưa đạt"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 2 lần thay đổi
      Và lần thay đổi thứ 2 lúc "10/01/2025 08:00" là "đạt" → "chưa đạt" do dữ kiện "chay-kho"

    @TT124.D8.K1 @TT124.D6.K3.dd @TT23.D7.K3
    Kịch bản: Vụ mất trộm theo loại của Thông tư 23 ghi nhận sau ngày ký: quyết định vẫn đứng vững, kết quả hôm nay chưa kết luận
      Biết hôm nay là "16/11/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "19/11/2024 15:00"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Và hôm nay là "10/01/2025 08:00"
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "01/10/2024", mã dữ kiện "mat-trom"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "19/11/2024"
      Thì kết quả năm là "đạt"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.dd" là "chưa kết luận"
      Và lý do của tiêu chí "TT124.D6.K3.dd" nêu "cần phân loại lại theo Thông tư 124"
      Và tiêu chí "TT124.D6.K3.dd" dựa trên dữ kiện "mat-trom"
      Và tiêu chí "TT124.D6.K3.g" là "đạt"
      Và kết quả năm là "chưa kết luận"

    @TT124.D8.K1 @TT124.D6.K3.g
    Khung kịch bản: Vụ cháy ghi nhận lúc <thời điểm>, quyết định công nhận ký ngày 19/11/2024: <số> phát hiện
      Biết hôm nay là "16/11/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "19/11/2024 15:00"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Và hôm nay là "<thời điểm>"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | thời điểm        | số |
        | 19/11/2024 23:59 | 1  |
        | 20/11/2024 00:00 | 0  |

    @TT124.D8.K1
    Kịch bản: Không công nhận đơn vị mà hồ sơ cho kết quả đạt là cảnh báo
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định không công nhận năm 2024 ngày "19/11/2024", mã dữ kiện "qd-khong-cong-nhan"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "refused_against_record" mức "cảnh báo"
      Và phát hiện "refused_against_record" viện dẫn "TT124.D8.K1"
      Và phát hiện "refused_against_record" nêu "không công nhận, nhưng hồ sơ khi đó cho kết quả đạt"
      Và phát hiện "refused_against_record" dựa trên dữ kiện "qd-khong-cong-nhan"

    @TT124.D8.K1
    Kịch bản: Quyết định công nhận đúng hồ sơ và đủ thủ tục thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp đã nộp hồ sơ đăng ký năm 2024 ngày "20/02/2024" gồm đủ tài liệu
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", thành phần: "người đứng đầu", "đại diện cấp ủy Đảng", "đại diện các tổ chức đoàn thể", "đại diện lực lượng bảo vệ", "đại diện cơ quan có thẩm quyền quản lý", "đại diện Công an cơ sở"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm: "tờ trình đề nghị", "báo cáo kết quả", "biên bản cuộc họp đánh giá", "tài liệu khác có liên quan"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Không công nhận đơn vị chưa đạt thì không có phát hiện, kể cả khi chưa họp và chưa nộp hồ sơ
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và UBND cấp tỉnh đã ký quyết định không công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Sổ được ghi bổ sung sau ngày ký thì quyết định được đối chiếu với dữ liệu lúc quyết định được ghi nhận
      Biết hôm nay là "01/03/2025 08:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/04/2024", mã dữ kiện "dk-thang-4"
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm đủ tài liệu
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2024 ngày "19/11/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" được đối chiếu với dữ liệu ghi nhận đến "01/03/2025 08:00"

    @TT124.D8.K1 @TT124.D9.K1.c @TT124.D10.K3
    Kịch bản: Một quyết định có nhiều thiếu sót thì mỗi thiếu sót là một phát hiện, viện dẫn điều khoản của nó
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp do "UBND cấp tỉnh" quản lý
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2024 ngày "16/11/2024", đủ thành phần trừ "đại diện cơ quan có thẩm quyền quản lý", "đại diện Công an cơ sở"
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2024 ngày "17/11/2024" gồm: "tờ trình đề nghị", "báo cáo kết quả"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "25/11/2024", không cấp Giấy công nhận
      Khi rà soát các quyết định năm 2024
      Thì có 8 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" viện dẫn "TT124.D8.K1"
      Và có phát hiện "no_police_representative" mức "lỗi"
      Và phát hiện "no_police_representative" viện dẫn "TT124.D9.K1.c"
      Và có phát hiện "attendee_missing" mức "cảnh báo"
      Và có phát hiện "late_decision" mức "cảnh báo"
      Và có phát hiện "registration_dossier_incomplete" mức "cảnh báo"
      Và phát hiện "registration_dossier_incomplete" viện dẫn "TT124.D9.K2.a"
      Và có phát hiện "dossier_incomplete" mức "cảnh báo"
      Và phát hiện "dossier_incomplete" viện dẫn "TT124.D9.K2.b"
      Và có phát hiện "not_competent" mức "lỗi"
      Và phát hiện "not_competent" viện dẫn "TT124.D10.K3"
      Và có phát hiện "no_certificate" mức "cảnh báo"
      Và phát hiện "no_certificate" viện dẫn "TT124.D10.K1"
