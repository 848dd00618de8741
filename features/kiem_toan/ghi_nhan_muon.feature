# language: vi
Tính năng: Ghi nhận muộn — kết quả theo dữ liệu đã ghi nhận đến một thời điểm
  Mỗi dữ kiện có hai mốc thời gian: ngày xảy ra (ngày nghiệp vụ) và thời điểm sổ ghi nhận dữ
  kiện (do sổ tự ghi, không do người nhập khai). "Đánh giá năm Y tính đến hết ngày D" xét các dữ
  kiện đã xảy ra đến hết ngày D; "theo dữ liệu ghi nhận đến T" chỉ xét các dữ kiện đã được ghi vào
  sổ đến thời điểm T (giờ Việt Nam, UTC+7; chỉ ghi ngày thì là hết ngày đó). Một dữ kiện xảy ra từ tháng 3
  nhưng đến tháng 12 mới được báo cáo chỉ làm thay đổi kết quả kể từ lúc được ghi nhận: ai hỏi
  "hồ sơ cho thấy gì vào ngày X" luôn nhận lại đúng câu trả lời của ngày X.
  Lịch sử kết quả liệt kê từng lần kết quả thay đổi, lúc nào và do dữ kiện nào; so sánh giữa hai
  thời điểm ghi nhận nêu tiêu chí đã đổi và các dữ kiện được ghi nhận trong khoảng đó.
  Các thẻ mã điều khoản trên kịch bản chỉ để tra cứu chéo.

  Quy tắc: Dữ kiện ghi nhận muộn chỉ làm thay đổi kết quả từ lúc được ghi nhận
    Năm 2024 được ghi nhận đầy đủ ngày 01/12/2024; vụ cháy xảy ra ngày 15/03/2024 nhưng đến
    10/12/2024 lúc 14:30 mới được ghi vào sổ.

    @TT124.D6.K3.g
    Khung kịch bản: Theo dữ liệu ghi nhận đến <thời điểm>, năm 2024 <kết quả năm>
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "<thời điểm>"
      Thì tiêu chí "TT124.D6.K3.g" là "<K3.g>"
      Và kết quả năm là "<kết quả năm>"

      Dữ liệu:
        | thời điểm        | K3.g     | kết quả năm |
        | 01/12/2024 09:00 | đạt      | đạt         |
        | 09/12/2024       | đạt      | đạt         |
        | 10/12/2024 14:29 | đạt      | đạt         |
        | 10/12/2024 14:30 | chưa đạt | chưa đạt    |
        | 10/12/2024       | chưa đạt | chưa đạt    |
        | 31/12/2024 23:59 | chưa đạt | chưa đạt    |

    @TT124.D6.K3.g
    Kịch bản: Trước lúc ghi nhận, kết quả không dựa trên dữ kiện ghi nhận muộn; sau đó thì dựa trên nó
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "05/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"
      Và tiêu chí "TT124.D6.K3.g" không dựa trên dữ kiện "chay-kho"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và tiêu chí "TT124.D6.K3.g" dựa trên dữ kiện "chay-kho"
      Và lý do của tiêu chí "TT124.D6.K3.g" nêu "cháy, nổ (nghiêm trọng) ngày 15/03/2024"

    @TT124.D6.K3.g @TT124.D8.K2.b
    Khung kịch bản: Hai mốc thời gian độc lập: tính đến hết ngày <đến hết ngày>, theo dữ liệu ghi nhận đến <thời điểm>
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi đánh giá năm 2024 tính đến hết ngày "<đến hết ngày>" theo dữ liệu ghi nhận đến "<thời điểm>"
      Thì tiêu chí "TT124.D6.K3.g" là "<K3.g>"

      Dữ liệu:
        | đến hết ngày | thời điểm        | K3.g          |
        | 14/03/2024   | 31/12/2024       | chưa kết luận |
        | 15/03/2024   | 31/12/2024       | chưa đạt      |
        | 15/03/2024   | 10/12/2024 14:29 | chưa kết luận |
        | 31/12/2024   | 10/12/2024 14:29 | đạt           |

  Quy tắc: Lịch sử kết quả nêu từng lần thay đổi và dữ kiện gây ra nó
    Lịch sử xét năm tính đến hết ngày cuối kỳ đánh giá, lần lượt theo từng thời điểm ghi nhận. Chỉ thời
    điểm nào làm kết quả năm hoặc kết quả của một tiêu chí thay đổi mới có trong lịch sử; lần
    đầu tiên là lúc năm có kết quả (trước đó: "chưa có").

    @TT124.D6.K3.g
    Kịch bản: Vụ cháy ghi nhận muộn là lần thay đổi thứ hai trong lịch sử
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 2 lần thay đổi
      Và lần thay đổi thứ 1 lúc "01/12/2024 09:00" là "chưa có" → "đạt" do dữ kiện "dang-ky-2100000001"
      Và tiêu chí "TT124.D6.K3.g" đổi từ "chưa có" sang "đạt"
      Và lần thay đổi thứ 2 lúc "10/12/2024 14:30" là "đạt" → "chưa đạt" do dữ kiện "chay-kho"
      Và tiêu chí "TT124.D6.K3.g" đổi từ "đạt" sang "chưa đạt"
      Và dữ kiện giải thích là "chay-kho"

    Kịch bản: Dữ kiện ghi nhận muộn không làm thay đổi kết quả thì lịch sử không có thêm lần thay đổi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "05/12/2024 10:00"
      Và doanh nghiệp đã phối hợp với lực lượng Công an thực hiện "Diễn tập phòng cháy, chữa cháy" ngày "20/09/2024", mã dữ kiện "dien-tap"
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 2 lần thay đổi
      Và lần thay đổi thứ 2 lúc "10/12/2024 14:30" là "đạt" → "chưa đạt" do dữ kiện "chay-kho"

    @TT124.D6.K3.g @TT124.D6.K3.h
    Kịch bản: Báo cáo muộn thứ hai đổi thêm một tiêu chí dù kết quả năm vẫn chưa đạt
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Và hôm nay là "08/01/2025 16:00"
      Và người lao động "NLD-017" bị xử phạt vi phạm hành chính về an ninh, trật tự (hình thức "phạt tiền") ngày "02/09/2024", mã dữ kiện "xu-phat"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 3 lần thay đổi
      Và lần thay đổi thứ 3 lúc "08/01/2025 16:00" là "chưa đạt" → "chưa đạt" do dữ kiện "xu-phat"
      Và tiêu chí "TT124.D6.K3.h" đổi từ "đạt" sang "chưa đạt"
      Và kết quả năm đổi từ "chưa đạt" sang "chưa đạt"

  Quy tắc: So sánh kết quả giữa hai thời điểm ghi nhận nêu tiêu chí đã đổi và dữ kiện giải thích
    So sánh xét năm tính đến hết ngày cuối kỳ đánh giá, theo dữ liệu ghi nhận đến thời điểm thứ nhất rồi
    đến thời điểm thứ hai; dữ kiện giải thích là các dữ kiện được ghi nhận sau thời điểm thứ
    nhất và đến hết thời điểm thứ hai, theo thứ tự ghi nhận.

    @TT124.D6.K3.g
    Kịch bản: So sánh trước và sau lúc ghi nhận vụ cháy
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi so sánh kết quả năm 2024 giữa "05/12/2024 00:00" và "20/12/2024 00:00"
      Thì tiêu chí "TT124.D6.K3.g" đổi từ "đạt" sang "chưa đạt"
      Và kết quả năm đổi từ "đạt" sang "chưa đạt"
      Và dữ kiện giải thích là "chay-kho"

    Kịch bản: So sánh hai thời điểm trước lúc ghi nhận vụ cháy thì không có gì thay đổi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "05/12/2024 10:00"
      Và doanh nghiệp đã phối hợp với lực lượng Công an thực hiện "Diễn tập phòng cháy, chữa cháy" ngày "20/09/2024", mã dữ kiện "dien-tap"
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi so sánh kết quả năm 2024 giữa "01/12/2024" và "09/12/2024"
      Thì không có tiêu chí nào thay đổi
      Và kết quả năm đổi từ "đạt" sang "đạt"
      Và dữ kiện giải thích là "dien-tap"
      Khi so sánh kết quả năm 2024 giữa "01/12/2024" và "10/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" đổi từ "đạt" sang "chưa đạt"
      Và dữ kiện giải thích là "dien-tap", "chay-kho"
