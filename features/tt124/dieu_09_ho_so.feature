# language: vi
Tính năng: Điều 9 — Họp xét và hồ sơ đề nghị công nhận
  Thông tư 124/2021/TT-BCA, thủ tục xét công nhận. Số điều và lời văn chưa được đối chiếu: nội dung
  dưới đây theo cách các tỉnh đã áp dụng (trạng thái văn bản: tạm thời), nên mọi phát hiện theo mã
  này được đánh dấu tạm thời.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và nêu mã điều khoản (xem features/kiem_toan/ và docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu của features/tt124/dieu_06_tieu_chi.feature.

  @TT124.D9
  Quy tắc: Công nhận phải có cuộc họp xét có đại diện công an và hồ sơ đủ giấy tờ
    Hằng năm, thủ trưởng đơn vị chủ trì họp xét với cấp ủy, các đoàn thể và đại diện cơ quan công
    an, rồi nộp hồ sơ đề nghị công nhận. Công nhận mà trong hồ sơ ghi nhận khi ký không có cuộc họp
    xét năm đó, cuộc họp xét không có đại diện cơ quan công an, hoặc không có hồ sơ đề nghị công
    nhận là lỗi; hồ sơ thiếu một trong năm loại giấy tờ (tờ trình; báo cáo kết quả có ký, đóng dấu;
    bản đăng ký; biên bản họp xét; bảng tự chấm điểm) là cảnh báo. Cuộc họp xét, hồ sơ có ngày sau
    ngày ký thì không được tính.
    Trạng thái văn bản: tạm thời (provisional)

    Kịch bản: Công nhận sau cuộc họp xét có đại diện công an và hồ sơ đủ giấy tờ thì không có phát hiện
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

    Kịch bản: Phát hiện về thủ tục họp xét được đánh dấu tạm thời
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có phát hiện "no_review_meeting" mức "lỗi"
      Và phát hiện "no_review_meeting" được đánh dấu tạm thời

    Khung kịch bản: Cuộc họp xét ngày <ngày họp> trước quyết định ký ngày 20/12/2024 (ranh giới ngày ký)
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "<ngày họp> 08:00"
      Và doanh nghiệp đã họp xét năm 2024 ngày "<ngày họp>", có đại diện công an
      Và hôm nay là "21/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có <số> phát hiện

      Dữ liệu:
        | ngày họp   | số |
        | 20/12/2024 | 0  |
        | 21/12/2024 | 1  |

    Kịch bản: Công nhận mà không có cuộc họp xét là lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_review_meeting" mức "lỗi"
      Và phát hiện "no_review_meeting" nêu "Không có biên bản họp xét năm 2024 trước quyết định ngày 20/12/2024"

    Kịch bản: Công nhận mà cuộc họp xét không có đại diện công an là lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", không có đại diện công an, mã dữ kiện "hop-xet"
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm đủ giấy tờ
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_police_representative" mức "lỗi"
      Và phát hiện "no_police_representative" dựa trên dữ kiện "hop-xet"

    Kịch bản: Công nhận mà không có hồ sơ đề nghị là lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "no_dossier" mức "lỗi"

    Khung kịch bản: Hồ sơ thiếu "<thiếu>" là cảnh báo
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "25/11/2024" gồm: <giấy tờ>, mã dữ kiện "ho-so"
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "dossier_incomplete" mức "cảnh báo"
      Và phát hiện "dossier_incomplete" nêu "Hồ sơ thiếu: <thiếu>"
      Và phát hiện "dossier_incomplete" dựa trên dữ kiện "ho-so"

      Dữ liệu:
        | giấy tờ                                                                                   | thiếu                         |
        | "tờ trình", "báo cáo kết quả (ký, đóng dấu)", "bản đăng ký", "biên bản họp xét"           | bảng tự chấm điểm             |
        | "tờ trình", "báo cáo kết quả (ký, đóng dấu)", "bản đăng ký", "bảng tự chấm điểm"          | biên bản họp xét              |
        | "báo cáo kết quả (ký, đóng dấu)", "bản đăng ký", "biên bản họp xét", "bảng tự chấm điểm"  | tờ trình                      |
        | "tờ trình", "bản đăng ký", "biên bản họp xét", "bảng tự chấm điểm"                        | báo cáo kết quả (ký, đóng dấu) |

    Kịch bản: Cuộc họp xét và hồ sơ có ngày sau ngày ký thì không được tính
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "20/12/2024 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "20/12/2024"
      Và hôm nay là "27/12/2024 10:00"
      Và doanh nghiệp đã họp xét năm 2024 ngày "23/12/2024", có đại diện công an
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "26/12/2024" gồm đủ giấy tờ
      Khi rà soát các quyết định năm 2024
      Thì có 2 phát hiện
      Và có phát hiện "no_review_meeting" mức "lỗi"
      Và có phát hiện "no_dossier" mức "lỗi"
