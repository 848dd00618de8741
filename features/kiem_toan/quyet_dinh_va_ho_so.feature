# language: vi
Tính năng: Rà soát quyết định công nhận so với hồ sơ ghi nhận khi ký
  Thủ tục được ghi vào sổ như mọi dữ kiện: cuộc họp xét (có hay không có đại diện công an), hồ
  sơ đề nghị công nhận (gồm những giấy tờ nào) và quyết định của UBND (cấp nào, công nhận hay
  không công nhận; quyết định công nhận kèm giấy công nhận). Rà soát các quyết định năm Y xét
  từng quyết định còn hiệu lực về năm Y, của mọi đơn vị, theo hồ sơ ghi nhận đến hết ngày ký
  (giờ Việt Nam) và tại ngày ký; nếu sổ được lập hoặc ghi bổ sung sau ngày ký thì theo dữ liệu
  ghi nhận đến lúc quyết định được ghi vào sổ. Mỗi phát hiện có mức "lỗi" (quyết định không đứng
  vững trên hồ sơ) hoặc "cảnh báo" (cần xem lại), và nêu mã điều khoản liên quan.
  Các thủ tục khác có quy tắc riêng theo từng điều: mỗi năm một quyết định (tt124/dieu_03),
  họp xét và hồ sơ (tt124/dieu_09), thẩm quyền ký (tt124/dieu_10), nơi nhận hồ sơ (tt48/).
  Các thẻ mã điều khoản trên kịch bản chỉ để tra cứu chéo; quy tắc dưới đây không gắn mã.

  Quy tắc: Quyết định được đối chiếu với hồ sơ ghi nhận đến hết ngày ký
    Công nhận đạt khi hồ sơ lúc đó cho kết quả "chưa đạt" (hoặc "đang chờ") là lỗi; không công
    nhận khi hồ sơ lúc đó cho kết quả "đạt" là cảnh báo. Báo cáo ghi nhận sau ngày ký không làm
    quyết định thành sai, nhưng làm thay đổi kết quả theo dữ liệu hôm nay.

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Công nhận đạt khi hồ sơ cho kết quả chưa đạt là lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/04/2024", mã dữ kiện "dk-thang-4"
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024", mã dữ kiện "qd-cong-nhan"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" nêu "công nhận đạt"
      Và phát hiện "recognised_against_record" nêu "TT124.D6.K1.p2 (not_met)"
      Và phát hiện "recognised_against_record" dựa trên dữ kiện "qd-cong-nhan"
      Và phát hiện "recognised_against_record" dựa trên dữ kiện "dk-thang-4"
      Và phát hiện "recognised_against_record" được đối chiếu với dữ liệu ghi nhận đến "20/12/2024"

    @TT124.D8.K1 @TT124.D6.PROV1
    Kịch bản: Báo cáo ghi nhận sau ngày ký không làm quyết định thành sai nhưng làm đổi kết quả hôm nay
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Và hôm nay là "10/01/2025 08:00"
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn" mức độ "nghiêm trọng" ngày "01/10/2024", mã dữ kiện "mat-trom"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào
      Khi đánh giá năm 2024 tại ngày "31/12/2024" theo dữ liệu ghi nhận đến "20/12/2024"
      Thì kết quả năm là "đạt"
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.PROV1" là "chưa đạt"
      Và kết quả năm là "chưa đạt"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 2 lần thay đổi
      Và lần thay đổi thứ 2 lúc "10/01/2025 08:00" là "đạt" → "chưa đạt" do dữ kiện "mat-trom"

    @TT124.D8.K1 @TT124.D6.PROV1
    Khung kịch bản: Vụ cháy ghi nhận lúc <thời điểm>, quyết định công nhận ký ngày 20/12/2024: <số> phát hiện
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Và hôm nay là "<thời điểm>"
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | thời điểm        | số |
        | 20/12/2024 23:59 | 1  |
        | 21/12/2024 00:00 | 0  |

    @TT124.D8.K1
    Kịch bản: Không công nhận đơn vị mà hồ sơ cho kết quả đạt là cảnh báo
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "20/12/2024", mã dữ kiện "qd-khong-cong-nhan"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "refused_against_record" mức "cảnh báo"
      Và phát hiện "refused_against_record" nêu "không công nhận, nhưng hồ sơ khi đó cho kết quả đạt"
      Và phát hiện "refused_against_record" dựa trên dữ kiện "qd-khong-cong-nhan"

    @TT124.D8.K1
    Kịch bản: Quyết định công nhận đúng hồ sơ và đủ thủ tục thì không có phát hiện
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm: "tờ trình", "báo cáo kết quả (ký, đóng dấu)", "bản đăng ký", "biên bản họp xét", "bảng tự chấm điểm"
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Không công nhận đơn vị chưa đạt thì không có phát hiện, kể cả khi chưa họp xét và chưa nộp hồ sơ
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    @TT124.D8.K1 @TT124.D6.K1.p2
    Kịch bản: Sổ được ghi bổ sung sau ngày ký thì quyết định được đối chiếu với dữ liệu lúc quyết định được ghi nhận
      Biết hôm nay là "01/03/2025 08:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm ANTT năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "15/04/2024", mã dữ kiện "dk-thang-4"
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "recognised_against_record" mức "lỗi"
      Và phát hiện "recognised_against_record" được đối chiếu với dữ liệu ghi nhận đến "01/03/2025 08:00"
