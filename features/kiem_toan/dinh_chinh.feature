# language: vi
Tính năng: Đính chính dữ kiện — rút lại và thay thế
  Sổ không sửa, không xóa dữ kiện đã ghi. Dữ kiện sai được đính chính bằng một dữ kiện mới: rút
  lại (dữ kiện bị rút lại không còn được xét) hoặc thay thế (dữ kiện mới cùng loại, cùng đơn vị
  thay cho dữ kiện cũ, kèm lý do). Việc đính chính có hiệu lực từ thời điểm chính nó được ghi
  nhận: theo dữ liệu ghi nhận trước thời điểm đó, kết quả vẫn như cũ. Dữ kiện bị đính chính vẫn
  nằm trong sổ và trong lịch sử kết quả. Rút lại một dữ kiện thay thế không khôi phục dữ kiện
  nó đã thay (việc thay thế đã nói dữ kiện cũ là sai); muốn vậy thì ghi một dữ kiện mới.
  Đính chính không hợp lệ bị từ chối với thông báo lỗi rõ ràng và không ghi gì vào sổ. Hỏi kết
  quả tại một thời điểm trước khi đơn vị có trong sổ, hoặc trước ngày đăng ký của đơn vị, là lỗi
  chứ không phải một kết quả rỗng.
  Các thẻ mã điều khoản trên kịch bản chỉ để tra cứu chéo.

  Quy tắc: Rút lại có hiệu lực từ lúc được ghi nhận; dữ kiện bị rút lại vẫn còn trong lịch sử
    Vụ cháy ghi ngày 10/12/2024 thực ra xảy ra ở doanh nghiệp bên cạnh; ngày 05/01/2025 lúc 08:00
    sổ ghi nhận việc rút lại dữ kiện đó.

    @TT124.D6.K3.g
    Kịch bản: Kết quả trước và sau lúc ghi nhận việc rút lại
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Và hôm nay là "05/01/2025 08:00"
      Và dữ kiện "chay-kho" đã bị rút lại, lý do "Vụ cháy xảy ra ở doanh nghiệp bên cạnh", mã dữ kiện "rut-lai-chay"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "05/01/2025 07:59"
      Thì kết quả năm là "chưa đạt"
      Và tiêu chí "TT124.D6.K3.g" dựa trên dữ kiện "chay-kho"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "05/01/2025 08:00"
      Thì kết quả năm là "đạt"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "đạt"
      Và tiêu chí "TT124.D6.K3.g" không dựa trên dữ kiện "chay-kho"
      Và kết quả năm là "đạt"

    @TT124.D6.K3.g
    Kịch bản: Lịch sử vẫn nêu vụ cháy đã bị rút lại và việc rút lại
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Và hôm nay là "05/01/2025 08:00"
      Và dữ kiện "chay-kho" đã bị rút lại, lý do "Vụ cháy xảy ra ở doanh nghiệp bên cạnh", mã dữ kiện "rut-lai-chay"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 3 lần thay đổi
      Và lần thay đổi thứ 2 lúc "10/12/2024 14:30" là "đạt" → "chưa đạt" do dữ kiện "chay-kho"
      Và lần thay đổi thứ 3 lúc "05/01/2025 08:00" là "chưa đạt" → "đạt" do dữ kiện "rut-lai-chay"
      Và tiêu chí "TT124.D6.K3.g" đổi từ "chưa đạt" sang "đạt"
      Và dữ kiện giải thích là "rut-lai-chay"

    Kịch bản: So sánh qua cả vụ cháy và việc rút lại thì không tiêu chí nào đổi, nhưng cả hai dữ kiện đều được nêu
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Và hôm nay là "05/01/2025 08:00"
      Và dữ kiện "chay-kho" đã bị rút lại, lý do "Vụ cháy xảy ra ở doanh nghiệp bên cạnh", mã dữ kiện "rut-lai-chay"
      Khi so sánh kết quả năm 2024 giữa "01/12/2024" và "05/01/2025"
      Thì không có tiêu chí nào thay đổi
      Và kết quả năm đổi từ "đạt" sang "đạt"
      Và dữ kiện giải thích là "chay-kho", "rut-lai-chay"

  Quy tắc: Dữ kiện thay thế thay cho dữ kiện cũ từ lúc được ghi nhận
    Bản đăng ký phấn đấu được nhập nhầm ngày 20/04/2024 (ngoài quý I); ngày 15/01/2025 lúc 10:00
    sổ ghi nhận dữ kiện thay thế với ngày đúng 20/02/2024.

    @TT124.D6.K1.p2
    Kịch bản: Kết quả trước và sau lúc ghi nhận dữ kiện thay thế
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/04/2024", mã dữ kiện "dk-sai-ngay"
      Và hôm nay là "15/01/2025 10:00"
      Và dữ kiện "dk-sai-ngay" đã được thay thế bằng dữ kiện "dk-dung-ngay" ghi ngày "20/02/2024", lý do "Nhập nhầm tháng 02 thành tháng 04"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "15/01/2025 09:59"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "đăng ký ngày 20/04/2024 ngoài hạn"
      Và tiêu chí "TT124.D6.K1.p2" dựa trên dữ kiện "dk-sai-ngay"
      Và kết quả năm là "chưa đạt"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "15/01/2025 10:00"
      Thì tiêu chí "TT124.D6.K1.p2" là "đạt"
      Và tiêu chí "TT124.D6.K1.p2" dựa trên dữ kiện "dk-dung-ngay"
      Và tiêu chí "TT124.D6.K1.p2" không dựa trên dữ kiện "dk-sai-ngay"
      Và kết quả năm là "đạt"

    @TT124.D6.K1.p2
    Kịch bản: Lịch sử và so sánh nêu dữ kiện thay thế
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/04/2024", mã dữ kiện "dk-sai-ngay"
      Và hôm nay là "15/01/2025 10:00"
      Và dữ kiện "dk-sai-ngay" đã được thay thế bằng dữ kiện "dk-dung-ngay" ghi ngày "20/02/2024", lý do "Nhập nhầm tháng 02 thành tháng 04"
      Khi xem lịch sử kết quả năm 2024
      Thì lịch sử có 2 lần thay đổi
      Và lần thay đổi thứ 1 lúc "01/12/2024 09:00" là "chưa có" → "chưa đạt" do dữ kiện "dk-sai-ngay"
      Và lần thay đổi thứ 2 lúc "15/01/2025 10:00" là "chưa đạt" → "đạt" do dữ kiện "dk-dung-ngay"
      Và tiêu chí "TT124.D6.K1.p2" đổi từ "chưa đạt" sang "đạt"
      Khi so sánh kết quả năm 2024 giữa "31/12/2024" và "31/01/2025"
      Thì tiêu chí "TT124.D6.K1.p2" đổi từ "chưa đạt" sang "đạt"
      Và kết quả năm đổi từ "chưa đạt" sang "đạt"
      Và dữ kiện giải thích là "dk-dung-ngay"

    @TT124.D6.K1.p2
    Kịch bản: Rút lại dữ kiện thay thế không khôi phục dữ kiện đã bị thay
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "TT124.D6.K1.p2"
      Và doanh nghiệp đã ban hành kế hoạch bảo đảm an ninh, trật tự năm 2024 ngày "15/02/2024"
      Và doanh nghiệp đã đăng ký phấn đấu đạt tiêu chuẩn năm 2024 ngày "20/04/2024", mã dữ kiện "dk-sai-ngay"
      Và hôm nay là "15/01/2025 10:00"
      Và dữ kiện "dk-sai-ngay" đã được thay thế bằng dữ kiện "dk-dung-ngay" ghi ngày "20/02/2024", lý do "Nhập nhầm tháng 02 thành tháng 04"
      Và hôm nay là "20/01/2025 09:00"
      Và dữ kiện "dk-dung-ngay" đã bị rút lại, lý do "Không tìm thấy bản đăng ký gốc", mã dữ kiện "rut-lai-dk"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p2" là "chưa đạt"
      Và lý do của tiêu chí "TT124.D6.K1.p2" nêu "chưa đăng ký phấn đấu đạt tiêu chuẩn"
      Và tiêu chí "TT124.D6.K1.p2" không dựa trên dữ kiện "dk-sai-ngay"
      Và tiêu chí "TT124.D6.K1.p2" không dựa trên dữ kiện "dk-dung-ngay"

  Quy tắc: Đính chính không hợp lệ bị từ chối và không ghi gì vào sổ
    Chỉ rút lại được dữ kiện có trong sổ của chính đơn vị đó, còn hiệu lực, không phải bản đăng ký
    đơn vị (thay đổi thông tin đơn vị thì ghi dữ kiện thay đổi thông tin) và không phải một việc
    rút lại khác.

    Khung kịch bản: Rút lại dữ kiện "<dữ kiện>" bị từ chối: <vì sao>
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và hôm nay là "10/12/2024 14:30"
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Và hôm nay là "05/01/2025 08:00"
      Và dữ kiện "chay-kho" đã bị rút lại, lý do "Vụ cháy xảy ra ở doanh nghiệp bên cạnh", mã dữ kiện "rut-lai-chay"
      Và hôm nay là "06/01/2025 08:00"
      Khi rút lại dữ kiện "<dữ kiện>", lý do "Đính chính thử"
      Thì việc ghi nhận báo lỗi "<lỗi>"
      Và việc ghi nhận báo lỗi "'<dữ kiện>'"
      Và sổ không có thêm dữ kiện nào
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì kết quả năm là "đạt"

      Dữ liệu:
        | dữ kiện            | vì sao                     | lỗi                                                    |
        | khong-co-du-kien   | không có trong sổ          | no fact with this id for subject 2100000001            |
        | chay-kho           | đã bị rút lại rồi          | this fact was already retracted or superseded          |
        | rut-lai-chay       | là một việc rút lại        | a retraction cannot be retracted                       |
        | dang-ky-2100000001 | là bản đăng ký của đơn vị  | a registration cannot be retracted; record a ProfileChanged |

    @TT124.D6.K3.g
    Khung kịch bản: Rút lại dữ kiện của đơn vị này trong sổ của đơn vị "<mã số thuế>" bị từ chối
      Biết doanh nghiệp "Công ty Cổ phần Thủy sản Cửu Long Trà Vinh" có mã số thuế "2100000002", quy mô "lớn", có tổ chức Đảng, 180 người lao động
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Và đã xảy ra vụ "cháy, nổ", mức độ "nghiêm trọng" ngày "15/03/2024", mã dữ kiện "chay-kho"
      Khi rút lại dữ kiện "chay-kho" của đơn vị "<mã số thuế>", lý do "Vụ cháy xảy ra ở doanh nghiệp bên cạnh"
      Thì việc ghi nhận báo lỗi "<lỗi>"
      Và sổ không có thêm dữ kiện nào
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K3.g" là "chưa đạt"
      Và kết quả năm là "chưa đạt"

      Dữ liệu:
        | mã số thuế | lỗi                                                         |
        | 2100000002 | 'chay-kho': no fact with this id for subject 2100000002     |
        | 2100000099 | '2100000099': is not registered                             |

  Quy tắc: Hỏi kết quả tại thời điểm trước khi đơn vị tồn tại là lỗi
    Trước lúc sổ ghi nhận bất cứ điều gì về đơn vị, hoặc trước ngày đăng ký của đơn vị có hiệu lực
    (01/01/2020 với doanh nghiệp chuẩn), không có kết quả nào để trả lời.

    Kịch bản: Theo dữ liệu ghi nhận trước lúc đơn vị được ghi vào sổ thì việc đánh giá báo lỗi
      Biết hôm nay là "01/12/2024 09:00"
      Và một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "01/12/2024 08:59"
      Thì việc đánh giá báo lỗi "subject '2100000001': nothing was recorded about it by"
      Và việc đánh giá báo lỗi "it was first recorded at 2024-12-01T02:00:00+00:00"
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024" theo dữ liệu ghi nhận đến "01/12/2024 09:00"
      Thì kết quả năm là "đạt"

    Kịch bản: Đánh giá tính đến một ngày trước ngày đăng ký của đơn vị thì báo lỗi
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2019 tính đến hết ngày "31/12/2019"
      Thì việc đánh giá báo lỗi "the as-of date 2019-12-31 is before its registration took effect on 2020-01-01"
