# language: vi
Tính năng: Thông tư 48/2025/TT-BCA — nơi nhận hồ sơ đề nghị công nhận khu dân cư
  Thông tư 48/2025/TT-BCA sửa đổi Thông tư 124. Phần đã đọc được: Thông tư 48 thay cụm từ về việc
  hồ sơ gửi Thường trực Ban Chỉ đạo cấp xã; trong văn bản Thông tư 124, cụm từ đó chỉ có ở điểm a
  khoản 1 Điều 9 (khu dân cư), nên chỉ hồ sơ của khu dân cư bị đổi nơi nhận; hồ sơ của xã, phường,
  cơ quan, doanh nghiệp, cơ sở giáo dục được viết khác và không bị sửa. Phần chưa đọc được: lời
  văn mới (nơi nhận mới; nhiều khả năng liên quan đến Công an cấp xã, nhưng chưa đối chiếu) và
  ngày hiệu lực. Ngày được giả định là 01/07/2025 (ngày sắp xếp đơn vị hành chính, dữ liệu theo
  ngày). Nơi nhận là dữ liệu theo ngày (tt48.DOSSIER_RECIPIENTS); nơi nhận ghi trong hồ sơ là chữ
  tự do, nên chỉ khi chữ đó nêu nơi nhận cũ (Ban Chỉ đạo) mà không nêu Công an thì mới có phát
  hiện; chữ không khớp nơi nhận nào (ví dụ "Phòng Hành chính") thì thư viện không kết luận.
  "Rà soát các quyết định năm Y" xét từng quyết định còn hiệu lực về năm Y theo hồ sơ ghi nhận đến
  hết ngày ký (giờ Việt Nam); mỗi phát hiện có mức "lỗi" hoặc "cảnh báo" và viện dẫn một mã điều
  khoản (xem docs/audit.md). Các kịch bản khu dân cư dùng quyết định không công nhận, là quyết
  định không cần cuộc họp và hồ sơ đủ tài liệu, để chỉ xét nơi nhận hồ sơ.

  @TT48
  Quy tắc: Từ ngày Thông tư 48 có hiệu lực, hồ sơ của khu dân cư không còn gửi Thường trực Ban Chỉ đạo cấp xã
    Theo cách diễn đạt của nhóm: hồ sơ đề nghị công nhận khu dân cư nộp từ ngày Thông tư 48 có hiệu
    lực (giả định 01/07/2025) mà nơi nhận ghi là Ban Chỉ đạo, không nêu Công an, là cảnh báo; hồ
    sơ nộp đến hết 30/06/2025 gửi Thường trực Ban Chỉ đạo cấp xã là đúng. Hồ sơ của doanh nghiệp
    không thuộc phạm vi sửa đổi này.
    Phát hiện này chỉ có căn cứ một phần: nó nói nơi nhận cũ đã được Thông tư 48 thay, nói ngày
    01/07/2025 là giả định, nói lời văn mới chưa đối chiếu, và không nêu nơi nhận mới. Dấu "tạm
    thời" của phát hiện đi theo trạng thái văn bản của điều khoản ("một phần", không phải "tạm
    thời"), nên phát hiện không mang dấu đó; lời của chính phát hiện nêu rõ căn cứ một phần.
    Trạng thái văn bản: một phần (partial)

    Khung kịch bản: Hồ sơ khu dân cư nộp ngày <ngày nộp> gửi "<nơi nhận>" thì không có phát hiện
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2025 ngày "<ngày nộp>" gồm đủ tài liệu, gửi "<nơi nhận>"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2025 ngày "14/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì không có phát hiện nào

      Dữ liệu:
        | ngày nộp   | nơi nhận                                  |
        | 30/06/2025 | Thường trực Ban Chỉ đạo phường 1          |
        | 01/07/2025 | Công an phường 1                          |
        | 01/07/2025 | Công an phường 1, thường trực Ban Chỉ đạo |
        | 01/07/2025 | Phòng Hành chính                          |

    Kịch bản: Hồ sơ khu dân cư nộp ngày 01/07/2025 gửi Ban Chỉ đạo là cảnh báo
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm 2025 ngày "01/07/2025" gồm đủ tài liệu, gửi "Thường trực Ban Chỉ đạo phường 1", mã dữ kiện "ho-so"
      Và UBND cấp xã đã ký quyết định không công nhận năm 2025 ngày "14/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì có 1 phát hiện
      Và có phát hiện "dossier_misrouted" mức "cảnh báo"
      Và phát hiện "dossier_misrouted" viện dẫn "TT48"
      Và phát hiện "dossier_misrouted" nêu "nơi nhận theo điểm a khoản 1 Điều 9 Thông tư 124 đến hết 30/06/2025"
      Và phát hiện "dossier_misrouted" nêu "Thông tư 48/2025/TT-BCA đã thay nơi nhận này, áp dụng từ 01/07/2025 (ngày giả định, chưa được xác nhận)"
      Và phát hiện "dossier_misrouted" nêu "lời văn mới chưa đối chiếu nên phát hiện chỉ có căn cứ một phần"
      Và phát hiện "dossier_misrouted" không nêu "Công an cấp xã"
      Và phát hiện "dossier_misrouted" dựa trên dữ kiện "ho-so"
      Và phát hiện "dossier_misrouted" không được đánh dấu tạm thời

    Khung kịch bản: Hồ sơ khu dân cư năm <năm> nộp ngày <ngày nộp> gửi Ban Chỉ đạo (ranh giới 30/06 — 01/07/2025)
      Biết khu dân cư "Khóm 3" thuộc phường 1, mã "29254-KHOM3", có chi bộ
      Và khu dân cư đã nộp hồ sơ đề nghị công nhận năm <năm> ngày "<ngày nộp>" gồm đủ tài liệu, gửi "Thường trực Ban Chỉ đạo phường 1"
      Và UBND cấp xã đã ký quyết định không công nhận năm <năm> ngày "14/11/<năm>"
      Khi rà soát các quyết định năm <năm>
      Thì có <số> phát hiện

      Dữ liệu:
        | năm  | ngày nộp   | số |
        | 2024 | 05/11/2024 | 0  |
        | 2025 | 30/06/2025 | 0  |
        | 2025 | 01/07/2025 | 1  |
        | 2025 | 05/11/2025 | 1  |

    Kịch bản: Hồ sơ doanh nghiệp nộp sau ngày 01/07/2025 gửi Ban Chỉ đạo thì không có phát hiện
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2025
      Và doanh nghiệp đã họp kiểm điểm, đánh giá năm 2025 ngày "16/11/2025", đủ thành phần
      Và doanh nghiệp đã nộp hồ sơ đề nghị công nhận năm 2025 ngày "17/11/2025" gồm đủ tài liệu, gửi "Thường trực Ban Chỉ đạo tỉnh Vĩnh Long"
      Và UBND cấp tỉnh đã ký quyết định công nhận năm 2025 ngày "19/11/2025"
      Khi rà soát các quyết định năm 2025
      Thì không có phát hiện nào
