# language: vi
Tính năng: Thông tư 23, Điều 7 — Tiêu chí "An toàn về an ninh, trật tự" của cơ quan, doanh nghiệp trước ngày 10/02/2022
  Thông tư 23/2012/TT-BCA, Điều 7: quy định áp dụng cho các năm đánh giá 2012 đến 2021 (Thông tư
  124/2021/TT-BCA thay thế từ ngày 10/02/2022, xem features/chuyen_tiep). Mỗi quy tắc dưới đây là
  một khoản của Điều 7, gắn thẻ mã điều khoản, kèm lời diễn giải của nhóm (không phải nguyên văn
  Thông tư) và trạng thái văn bản. Đơn vị đạt khi đạt đủ bốn khoản.
  Thông tư 23 không quy định kỳ đánh giá và không có mốc quý I: thư viện hiểu năm đánh giá Y là
  năm dương lịch, từ 01/01 đến 31/12 năm Y (đây là cách hiểu, được ghi trong mọi kết quả). Thông
  tư 23 không loại trừ doanh nghiệp nhỏ, siêu nhỏ hay cơ quan thuộc lực lượng vũ trang: không có
  tiêu chí phạm vi.
  "Một doanh nghiệp" là đơn vị mẫu: Điện lực Trà Vinh, mã số thuế 2100000001, quy mô lớn, có tổ
  chức Đảng, 420 người lao động. "Đáp ứng đầy đủ các tiêu chí năm Y theo Thông tư 23" ghi vào sổ
  các dữ kiện liệt kê trong features/README.md; "trừ tiêu chí X" bỏ riêng các dữ kiện của khoản X.
  "Đánh giá tính đến hết ngày D" xét mọi việc xảy ra đến hết ngày D.

  Kịch bản: Đạt đủ bốn khoản của Điều 7 thì kết quả năm 2021 đạt, theo Thông tư 23
    Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
    Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
    Thì kết quả được đánh giá theo "TT23"
    Và kỳ đánh giá là từ ngày "01/01/2021" đến ngày "31/12/2021"
    Và kết quả năm là "đạt"
    Và các tiêu chí có kết quả như sau:
      | tiêu chí   | kết quả |
      | TT23.D7.K1 | đạt     |
      | TT23.D7.K2 | đạt     |
      | TT23.D7.K3 | đạt     |
      | TT23.D7.K4 | đạt     |
    Và kết quả năm không được đánh dấu tạm thời

  Khung kịch bản: Chỉ một khoản chưa đạt (<tiêu chí>) thì kết quả năm 2021 chưa đạt
    Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "<tiêu chí>"
    Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
    Thì tiêu chí "<tiêu chí>" là "chưa đạt"
    Và kết quả năm là "chưa đạt"

    Dữ liệu:
      | tiêu chí   |
      | TT23.D7.K1 |
      | TT23.D7.K2 |
      | TT23.D7.K4 |

  Kịch bản: Năm 2021 chưa kết thúc và chưa có khoản nào chưa đạt thì kết quả năm chưa kết luận
    Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
    Khi đánh giá năm 2021 tính đến hết ngày "30/06/2021"
    Thì tiêu chí "TT23.D7.K1" là "đạt"
    Và tiêu chí "TT23.D7.K3" là "chưa kết luận"
    Và kết quả năm là "chưa kết luận"

  @TT23.D7.K1
  Quy tắc: Kế hoạch, bản đăng ký, nội quy về bốn nội dung và 100% ký cam kết giao ước thi đua
    Khoản 1 Điều 7: hằng năm (không quy định quý), cấp ủy và thủ trưởng đơn vị có kế hoạch bảo
    đảm an ninh, trật tự và bản đăng ký phấn đấu đạt tiêu chuẩn; đơn vị có nội quy, quy định về
    bảo vệ bí mật Nhà nước; bảo vệ cơ quan, doanh nghiệp; phòng, chống cháy nổ; bảo vệ chính trị
    nội bộ (bốn nội dung, không phải sáu như Thông tư 124); 100% cán bộ, người lao động ký cam
    kết giao ước thi đua. Cách hiểu đang dùng: kế hoạch, bản đăng ký và cam kết của năm Y phải có
    trong năm dương lịch Y, vào bất kỳ ngày nào; tỷ lệ 100% tính trên số người lao động cao nhất
    trong năm tính đến ngày đánh giá, cộng dồn các đợt ký; nội quy được xét tại ngày tham chiếu
    (ngày đánh giá, không muộn hơn 31/12 năm Y).
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Kế hoạch ngày <ngày kế hoạch>, đăng ký ngày <ngày đăng ký>, không cần trong quý I
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "<ngày kế hoạch>"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "<ngày đăng ký>"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 420 người, ngày "10/03/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K1" là "<kết quả>"

      Dữ liệu:
        | ngày kế hoạch | ngày đăng ký | kết quả  |
        | 15/02/2021    | 15/04/2021   | đạt      |
        | 01/01/2021    | 31/12/2021   | đạt      |
        | 31/12/2020    | 20/02/2021   | chưa đạt |
        | 15/02/2021    | 01/01/2022   | chưa đạt |

    Khung kịch bản: <số người ký>/420 người lao động ký cam kết giao ước thi đua
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "20/02/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: <số người ký> người, ngày "10/03/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "<kết quả>"

      Dữ liệu:
        | số người ký | kết quả  |
        | 420         | đạt      |
        | 416         | chưa đạt |

    Kịch bản: Mới 99% người lao động ký cam kết thì chưa đạt, lý do nêu số người đã ký
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "20/02/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 416 người, ngày "10/03/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K1" nêu "mới 416/420 người ký cam kết giao ước thi đua"
      Và kết quả năm là "chưa đạt"

    Kịch bản: Hai đợt ký cam kết cộng lại đủ 100% người lao động thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "20/02/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 300 người, ngày "10/03/2021", mã dữ kiện "CK-2021-1"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 120 người, ngày "10/09/2021", mã dữ kiện "CK-2021-2"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "đạt"
      Và tiêu chí "TT23.D7.K1" dựa trên dữ kiện "CK-2021-1"
      Và tiêu chí "TT23.D7.K1" dựa trên dữ kiện "CK-2021-2"

    Khung kịch bản: Cam kết của cả 420 người ký ngày <ngày ký>, sát ranh giới năm dương lịch 2021
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2021 ngày "15/02/2021"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2021 ngày "20/02/2021"
      Và doanh nghiệp đã ban hành nội quy, quy định về đủ bốn nội dung ngày "05/01/2021"
      Và người lao động đã ký cam kết giao ước thi đua năm 2021: 420 người, ngày "<ngày ký>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K1" là "<kết quả>"

      Dữ liệu:
        | ngày ký    | kết quả  |
        | 31/12/2020 | chưa đạt |
        | 01/01/2021 | đạt      |
        | 31/12/2021 | đạt      |
        | 01/01/2022 | chưa đạt |

    Kịch bản: Số người lao động tăng trong năm thì 100% tính trên số cao nhất
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và doanh nghiệp có 450 người lao động từ ngày "01/07/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K1" nêu "mới 420/450 người ký cam kết giao ước thi đua"

    Khung kịch bản: Nội quy về "<nội dung>" bị bãi bỏ ngày <ngày bãi bỏ>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và nội quy về "<nội dung>" đã bị bãi bỏ ngày "<ngày bãi bỏ>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K1" là "<kết quả>"

      Dữ liệu:
        | nội dung                     | ngày bãi bỏ | kết quả  |
        | bảo vệ cơ quan, doanh nghiệp | 01/06/2021  | chưa đạt |
        | bảo vệ bí mật Nhà nước       | 01/06/2021  | chưa đạt |
        | bảo vệ chính trị nội bộ      | 01/06/2021  | chưa đạt |
        | phòng, chống cháy nổ         | 31/12/2021  | chưa đạt |
        | phòng, chống cháy nổ         | 01/01/2022  | đạt      |

    Kịch bản: Thiếu nội quy về phòng, chống cháy nổ thì lý do nêu nội dung còn thiếu
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và nội quy về "phòng, chống cháy nổ" đã bị bãi bỏ ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K1" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K1" nêu "thiếu nội quy về phòng, chống cháy nổ"

    Khung kịch bản: Chưa có kế hoạch, đăng ký, nội quy, cam kết, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Khi đánh giá năm 2021 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT23.D7.K1" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 31/03/2021    | chưa kết luận |
        | 30/12/2021    | chưa kết luận |
        | 31/12/2021    | chưa đạt |

    Kịch bản: Không có mốc quý I: tiêu chí chưa kết luận với hạn là ngày cuối năm
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K1"
      Khi đánh giá năm 2021 tính đến hết ngày "15/04/2021"
      Thì tiêu chí "TT23.D7.K1" là "chưa kết luận"
      Và tiêu chí "TT23.D7.K1" có hạn hoàn thành "31/12/2021"
      Và kết quả của tiêu chí "TT23.D7.K1" không được đánh dấu tạm thời

  @TT23.D7.K2
  Quy tắc: Kế hoạch phối hợp với chính quyền địa phương và lực lượng Công an; mô hình tự phòng, tự quản, tự bảo vệ
    Khoản 2 Điều 7: thực hiện có hiệu quả chủ trương của Đảng, chính sách, pháp luật của Nhà
    nước; có kế hoạch phối hợp với chính quyền địa phương và cơ quan Công an; xây dựng mô hình tự
    phòng, tự quản, tự bảo vệ. Cách hiểu đang dùng: văn bản phối hợp (quy chế, chương trình hoặc
    kế hoạch) đã ký với cả chính quyền địa phương và lực lượng Công an (một văn bản chung hoặc mỗi
    bên một văn bản) và một mô hình chưa giải thể, xét tại ngày tham chiếu (ngày đánh giá, không
    muộn hơn 31/12 năm Y); văn bản, mô hình từ những năm trước vẫn được tính. Khác Thông tư 124:
    không đòi mô hình được đánh giá "hoạt động hiệu quả", không đòi hoạt động phối hợp trong năm.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Đã ký <văn bản> phối hợp với lực lượng Công an và chính quyền địa phương và có mô hình tự quản
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã ký <văn bản> phối hợp với lực lượng Công an và chính quyền địa phương ngày "20/01/2021"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự phòng, tự quản, tự bảo vệ" ngày "10/01/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "đạt"
      Và kết quả năm là "đạt"

      Dữ liệu:
        | văn bản      |
        | kế hoạch     |
        | quy chế      |
        | chương trình |

    Kịch bản: Mô hình được đánh giá chưa hiệu quả vẫn đạt theo Thông tư 23
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" được "Công an tỉnh Trà Vinh" đánh giá chưa hiệu quả ngày "20/10/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "đạt"

    Kịch bản: Có kế hoạch phối hợp nhưng chưa có mô hình thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã ký kế hoạch phối hợp với lực lượng Công an và chính quyền địa phương ngày "20/01/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K2" nêu "chưa có mô hình tự phòng, tự quản, tự bảo vệ"

    Kịch bản: Kế hoạch phối hợp chỉ với lực lượng Công an thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã ký kế hoạch phối hợp với lực lượng Công an ngày "20/01/2021"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự phòng, tự quản, tự bảo vệ" ngày "10/01/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K2" nêu "chưa có kế hoạch phối hợp với cả chính quyền và công an"

    Kịch bản: Kế hoạch phối hợp riêng với lực lượng Công an và riêng với chính quyền địa phương thì đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã ký kế hoạch phối hợp với lực lượng Công an ngày "20/01/2021"
      Và doanh nghiệp đã ký quy chế phối hợp với chính quyền địa phương ngày "25/01/2021"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự phòng, tự quản, tự bảo vệ" ngày "10/01/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "đạt"

    Kịch bản: Có mô hình nhưng chưa có kế hoạch phối hợp thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự phòng, tự quản, tự bảo vệ" ngày "10/01/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K2" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K2" nêu "chưa có kế hoạch phối hợp"

    Khung kịch bản: Kế hoạch phối hợp ký ngày <ngày ký>, sát ranh giới năm dương lịch 2021
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Và doanh nghiệp đã xây dựng mô hình "Tổ tự phòng, tự quản, tự bảo vệ" ngày "10/01/2019"
      Và doanh nghiệp đã ký kế hoạch phối hợp với lực lượng Công an và chính quyền địa phương ngày "<ngày ký>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K2" là "<kết quả>"

      Dữ liệu:
        | ngày ký    | kết quả  |
        | 20/01/2019 | đạt      |
        | 31/12/2021 | đạt      |
        | 01/01/2022 | chưa đạt |

    Khung kịch bản: Mô hình giải thể ngày <ngày giải thể>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và mô hình "Câu lạc bộ Công nhân tự quản về an ninh, trật tự" đã giải thể ngày "<ngày giải thể>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K2" là "<kết quả>"

      Dữ liệu:
        | ngày giải thể | kết quả  |
        | 01/09/2021    | chưa đạt |
        | 31/12/2021    | chưa đạt |
        | 01/01/2022    | đạt      |

    Khung kịch bản: Chưa có kế hoạch phối hợp, chưa có mô hình, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K2"
      Khi đánh giá năm 2021 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT23.D7.K2" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 30/12/2021    | chưa kết luận |
        | 31/12/2021    | chưa đạt |

  @TT23.D7.K3
  Quy tắc: Không để xảy ra vụ việc; không có cán bộ, người lao động phạm tội, mắc tệ nạn xã hội
    Khoản 3 Điều 7: trong năm, không để xảy ra khiếu kiện đông người, đình công, ngừng việc tập
    thể trái pháp luật; mất trộm tài sản có giá trị lớn; lộ, lọt bí mật Nhà nước, công nghệ;
    cháy, nổ; tai nạn lao động nghiêm trọng; không có cán bộ, người lao động phạm tội, mắc tệ nạn
    xã hội. Danh mục của Thông tư 23 không có hoạt động tôn giáo trái pháp luật; vụ việc khác không
    được tính. Cháy, nổ ở mọi mức độ đều được tính; tai nạn lao động được tính khi nghiêm trọng
    hoặc có người chết; bị khởi tố, bị kết án, mắc tệ nạn xã hội đều được tính. Vụ việc ghi theo
    loại của Thông tư 124 được đọc vào danh mục này. Năm là năm dương lịch
    (cách hiểu): vụ việc ngày 31/12 năm Y thuộc năm Y, ngày 01/01 năm Y+1 thì không. Khoản này đã
    đối chiếu nên kết quả không đánh dấu tạm thời.
    Trạng thái văn bản: đã đối chiếu (verified)

    Khung kịch bản: Xảy ra vụ "<loại vụ việc>"<kết luận> trong năm 2021
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "<loại vụ việc>"<kết luận> ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "<kết quả>"
      Và kết quả của tiêu chí "TT23.D7.K3" không được đánh dấu tạm thời

      Dữ liệu:
        | loại vụ việc                                                 | kết luận                           | kết quả  |
        | khiếu kiện đông người (Thông tư 23)                          |                                    | chưa đạt |
        | đình công, lãn công                                          | , được xác định là trái pháp luật  | chưa đạt |
        | đình công, lãn công                                          | , được xác định là không trái pháp luật | đạt |
        | vi phạm các quy định về bảo vệ bí mật Nhà nước               |                                    | chưa đạt |
        | lộ, lọt bí mật công nghệ (Thông tư 23)                       |                                    | chưa đạt |
        | mất trộm tài sản có giá trị lớn (Thông tư 23)                |                                    | chưa đạt |
        | cháy, nổ                                                     | , mức độ "ít nghiêm trọng"         | chưa đạt |
        | tai nạn lao động                                             | , mức độ "nghiêm trọng"            | chưa đạt |
        | tai nạn lao động                                             | , làm chết 1 người                 | chưa đạt |
        | tai nạn lao động                                             | , mức độ "ít nghiêm trọng"         | đạt      |
        | tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật |                                    | đạt      |
        | vụ việc khác                                                 |                                    | đạt      |

    Khung kịch bản: Vụ cháy xảy ra ngày <ngày xảy ra>, sát ranh giới năm dương lịch 2021
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "<ngày xảy ra>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K3" là "<kết quả>"

      Dữ liệu:
        | ngày xảy ra | kết quả  |
        | 31/12/2020  | đạt      |
        | 01/01/2021  | chưa đạt |
        | 31/12/2021  | chưa đạt |
        | 01/01/2022  | đạt      |

    Kịch bản: Vụ cháy được nêu trong lý do với ngày xảy ra
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "31/12/2021", mã dữ kiện "VV-2021-12"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K3" nêu "cháy, nổ ngày 31/12/2021"
      Và tiêu chí "TT23.D7.K3" dựa trên dữ kiện "VV-2021-12"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Người lao động <vi phạm> trong năm thì chưa đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và người lao động "NV-0042" <vi phạm> ngày "01/06/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Và lý do của tiêu chí "TT23.D7.K3" nêu "NV-0042"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | vi phạm           |
        | bị khởi tố        |
        | bị kết án         |
        | mắc tệ nạn xã hội |

    Khung kịch bản: Cán bộ bị khởi tố ngày <ngày khởi tố>, sát ranh giới năm dương lịch 2021
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và cán bộ "CB-0001" bị khởi tố ngày "<ngày khởi tố>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K3" là "<kết quả>"

      Dữ liệu:
        | ngày khởi tố | kết quả  |
        | 31/12/2021   | chưa đạt |
        | 01/01/2022   | đạt      |

    Kịch bản: Vụ việc xảy ra thì chưa đạt ngay, không chờ hết năm
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "mất trộm tài sản có giá trị lớn (Thông tư 23)" ngày "02/05/2021"
      Khi đánh giá năm 2021 tính đến hết ngày "30/06/2021"
      Thì tiêu chí "TT23.D7.K3" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

    Khung kịch bản: Không xảy ra vụ việc nào, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Khi đánh giá năm 2021 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT23.D7.K3" là "<kết quả>"
      Và kết quả của tiêu chí "TT23.D7.K3" không được đánh dấu tạm thời

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 30/12/2021    | chưa kết luận |
        | 31/12/2021    | đạt      |

    Kịch bản: Vụ việc ghi nhầm đã bị rút lại thì không còn được tính
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23
      Và đã xảy ra vụ "cháy, nổ" mức độ "nghiêm trọng" ngày "02/05/2021", mã dữ kiện "VV-2021-01"
      Nhưng dữ kiện "VV-2021-01" đã bị rút lại, lý do "Vụ cháy ở doanh nghiệp lân cận, ghi nhầm đơn vị"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K3" là "đạt"
      Và tiêu chí "TT23.D7.K3" không dựa trên dữ kiện "VV-2021-01"
      Và kết quả năm là "đạt"

  @TT23.D7.K4
  Quy tắc: Xây dựng lực lượng bảo vệ
    Khoản 4 Điều 7, phần đã đọc: đơn vị xây dựng lực lượng bảo vệ cơ quan, doanh nghiệp; phần còn
    lại của khoản chưa được đọc. Cách hiểu đang dùng: có lực lượng bảo vệ đã thành lập, xét tại
    ngày tham chiếu (ngày đánh giá, không muộn hơn 31/12 năm Y); lực lượng thành lập từ những năm
    trước vẫn được tính; áp dụng cho mọi loại đơn vị. Văn bản một phần (không phải tạm thời) nên
    kết quả không đánh dấu tạm thời.
    Trạng thái văn bản: một phần (partial)

    Khung kịch bản: Lực lượng bảo vệ thành lập ngày <ngày thành lập>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K4"
      Và doanh nghiệp đã thành lập lực lượng bảo vệ gồm 12 người ngày "<ngày thành lập>"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2022"
      Thì tiêu chí "TT23.D7.K4" là "<kết quả>"
      Và kết quả của tiêu chí "TT23.D7.K4" không được đánh dấu tạm thời

      Dữ liệu:
        | ngày thành lập | kết quả  |
        | 01/03/2019     | đạt      |
        | 31/12/2021     | đạt      |
        | 01/01/2022     | chưa đạt |

    Khung kịch bản: Chưa thành lập lực lượng bảo vệ, đánh giá tính đến hết ngày <ngày đánh giá>
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K4"
      Khi đánh giá năm 2021 tính đến hết ngày "<ngày đánh giá>"
      Thì tiêu chí "TT23.D7.K4" là "<kết quả>"

      Dữ liệu:
        | ngày đánh giá | kết quả  |
        | 30/12/2021    | chưa kết luận |
        | 31/12/2021    | chưa đạt |

    Kịch bản: Cơ quan nhà nước cũng phải xây dựng lực lượng bảo vệ
      Biết cơ quan "Sở Tư pháp tỉnh Trà Vinh" có mã số thuế "2100000030", có tổ chức Đảng, 60 cán bộ, công chức, viên chức
      Và cơ quan đáp ứng đầy đủ các tiêu chí năm 2021 theo Thông tư 23, trừ tiêu chí "TT23.D7.K4"
      Khi đánh giá năm 2021 tính đến hết ngày "31/12/2021"
      Thì tiêu chí "TT23.D7.K4" là "chưa đạt"
      Và kết quả năm là "chưa đạt"
