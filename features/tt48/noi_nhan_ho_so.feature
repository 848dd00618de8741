# language: vi
Tính năng: Thông tư 48/2025/TT-BCA — nơi nhận hồ sơ đề nghị công nhận
  Thông tư 48/2025/TT-BCA sửa Thông tư 124: hồ sơ không còn gửi cơ quan thường trực Ban Chỉ đạo
  cấp xã. Nơi nhận mới (rất có thể là Công an cấp xã) và ngày hiệu lực của TT48 chưa được đối
  chiếu; ngày được giả định là 01/07/2025 (ngày sắp xếp đơn vị hành chính) và mọi phát hiện nói rõ
  ngày đó chưa được xác nhận. Nơi nhận là dữ liệu theo ngày (routing.DOSSIER_RECIPIENTS); nơi
  nhận ghi trong hồ sơ là chữ tự do, nên chỉ khi chữ đó nêu nơi nhận cũ mà không nêu nơi nhận
  mới thì mới có phát hiện.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" (quyết định không đứng vững trên hồ sơ)
  hoặc "cảnh báo" (cần xem lại) và nêu mã điều khoản (xem features/kiem_toan/ và docs/audit.md).
  "Một doanh nghiệp" là đơn vị mẫu của features/tt124/dieu_06_tieu_chi.feature.

  @TT48
  Quy tắc: Từ ngày TT48 có hiệu lực, hồ sơ không gửi Ban Chỉ đạo mà gửi Công an cấp xã
    Hồ sơ nộp từ 01/07/2025 (ngày giả định) mà nơi nhận ghi là Ban Chỉ đạo, không nêu cơ quan công
    an, là cảnh báo; hồ sơ nộp đến hết 30/06/2025 gửi cơ quan thường trực Ban Chỉ đạo là đúng.
    Trạng thái văn bản: một phần (partial)

    Bối cảnh:
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và doanh nghiệp đã họp xét năm 2024 ngày "20/11/2024", có đại diện công an

    Khung kịch bản: Hồ sơ nộp ngày <ngày nộp> gửi "<nơi nhận>" thì không có phát hiện
      Biết hôm nay là "<ngày nộp> 09:00"
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "<ngày nộp>" gồm đủ giấy tờ, gửi "<nơi nhận>"
      Và hôm nay là "10/07/2025 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "10/07/2025"
      Khi rà soát các quyết định năm 2024
      Thì không có phát hiện nào

      Dữ liệu:
        | ngày nộp   | nơi nhận                                     |
        | 30/06/2025 | Thường trực Ban Chỉ đạo phường 1             |
        | 01/07/2025 | Công an phường 1                             |
        | 01/07/2025 | Công an phường 1, thường trực Ban Chỉ đạo    |
        | 01/07/2025 | Phòng Hành chính                             |

    Kịch bản: Hồ sơ nộp ngày 01/07/2025 gửi Ban Chỉ đạo là cảnh báo
      Biết hôm nay là "01/07/2025 09:00"
      Và doanh nghiệp đã nộp hồ sơ năm 2024 ngày "01/07/2025" gồm đủ giấy tờ, gửi "Thường trực Ban Chỉ đạo phường 1", mã dữ kiện "ho-so"
      Và hôm nay là "10/07/2025 15:00"
      Và UBND cấp xã đã ký quyết định công nhận năm 2024 ngày "10/07/2025"
      Khi rà soát các quyết định năm 2024
      Thì có 1 phát hiện
      Và có phát hiện "dossier_misrouted" mức "cảnh báo"
      Và phát hiện "dossier_misrouted" nêu "ngày hiệu lực chưa được xác nhận"
      Và phát hiện "dossier_misrouted" nêu "Công an cấp xã"
      Và phát hiện "dossier_misrouted" dựa trên dữ kiện "ho-so"
      Và phát hiện "dossier_misrouted" không được đánh dấu tạm thời
