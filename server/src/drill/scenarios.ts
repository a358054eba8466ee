import { IncidentCategory as C, Severity as V } from '../modules/incidents/incident.entity.js';
import { hm, type Minute } from './curve.js';

/** An incident the day may bring: when (window), what, and how bad; the words a ward officer would type. */
export interface Scenario {
  from: Minute;
  to: Minute;
  category: C;
  severity: V;
  title: string;
  description: string;
  affectsVoting?: boolean;
  /** Reported for the ward (e.g. a street), not one polling area. */
  wardLevel?: boolean;
}

/** Every drill has these, at jittered times and places: the day's backbone. */
export const FIXED: Scenario[] = [
  {
    from: hm(5, 30),
    to: hm(6),
    category: C.MATERIALS,
    severity: V.MEDIUM,
    title: 'Thiếu phiếu bầu đại biểu HĐND phường',
    description: 'Tổ bầu cử kiểm đếm thiếu khoảng 150 phiếu, đề nghị Ủy ban bầu cử phường bổ sung.',
  },
  {
    from: hm(6, 30),
    to: hm(6, 55),
    category: C.POWER_OUTAGE,
    severity: V.MEDIUM,
    title: 'Mất điện cục bộ tại điểm bỏ phiếu',
    description: 'Aptomat tổng nhảy, đã chuyển sang đèn dự phòng.',
  },
  {
    from: hm(8),
    to: hm(8, 40),
    category: C.MEDICAL,
    severity: V.HIGH,
    title: 'Cử tri cao tuổi bị ngất khi xếp hàng',
    description: 'Cụ bà khoảng 80 tuổi choáng, cần nhân viên y tế.',
  },
  {
    from: hm(9),
    to: hm(9, 45),
    category: C.SECURITY,
    severity: V.MEDIUM,
    title: 'Tập trung đông người trước điểm bỏ phiếu',
    description: 'Cử tri xếp hàng tràn ra lòng đường, cần hỗ trợ phân luồng.',
  },
  {
    from: hm(9, 30),
    to: hm(10, 30),
    category: C.SANITATION,
    severity: V.LOW,
    title: 'Rác thải tập kết cạnh khu vực bỏ phiếu',
    description: 'Điểm tập kết rác chưa được thu gom, ảnh hưởng mỹ quan.',
  },
  {
    from: hm(11),
    to: hm(11, 40),
    category: C.MEDICAL,
    severity: V.MEDIUM,
    title: 'Cử tri có biểu hiện sốt',
    description: 'Đưa cử tri sang khu vực bỏ phiếu riêng theo phương án phòng, chống dịch Covid-19.',
  },
  {
    from: hm(13, 15),
    to: hm(14),
    category: C.FIRE,
    severity: V.HIGH,
    title: 'Chập điện tủ điện nhà dân cạnh điểm bỏ phiếu',
    description: 'Có khói, đã dùng bình chữa cháy tại chỗ, đề nghị lực lượng PCCC kiểm tra.',
  },
  {
    from: hm(14, 10),
    to: hm(14, 50),
    category: C.COMPLAINT,
    severity: V.MEDIUM,
    title: 'Cử tri khiếu nại tên bị ghi sai trong danh sách',
    description: 'Đề nghị Ủy ban bầu cử phường đối chiếu và đính chính.',
  },
];

/** The forecast thunderstorm over Hà Nội around 17:00: a squall, then outages and water on the streets. */
export const STORM: Scenario = {
  from: hm(16, 50),
  to: hm(16, 58),
  category: C.STORM,
  severity: V.HIGH,
  wardLevel: true,
  title: 'Dông lốc kèm mưa lớn, cây đổ chắn đường',
  description: 'Cây xà cừ đổ chắn một làn đường, dây điện bị vướng.',
};
export const OUTAGE: Omit<Scenario, 'from' | 'to'> = {
  category: C.POWER_OUTAGE,
  severity: V.CRITICAL,
  affectsVoting: true,
  title: 'Mất điện do dông, điểm bỏ phiếu tối',
  description: 'Mất điện toàn khu vực, trời tối do mưa dông.',
};
/** A medium-voltage feeder trips at midday: areas of two neighbouring wards lose power together. */
export const FEEDER: Scenario = {
  from: hm(13),
  to: hm(14),
  category: C.POWER_OUTAGE,
  severity: V.HIGH,
  affectsVoting: true,
  title: 'Mất điện tuyến trung thế, ảnh hưởng hai phường',
  description: 'Nhảy máy cắt tuyến 471, các điểm bỏ phiếu dùng đèn dự phòng.',
};
export const FLOOD: Scenario = {
  from: hm(17, 15),
  to: hm(17, 40),
  category: C.FLOOD,
  severity: V.MEDIUM,
  title: 'Ngập nước lối vào điểm bỏ phiếu',
  description: 'Nước ngập khoảng 20 cm, cử tri cao tuổi đi lại khó khăn.',
};
export const SUSPEND_REASON = 'Mất điện do dông, tạm dừng bỏ phiếu, niêm phong hòm phiếu theo quy định';

/** A few of these happen at random through the day, so two seeds have two different days. */
export const RANDOM: Scenario[] = [
  {
    from: hm(6),
    to: hm(6, 50),
    category: C.MATERIALS,
    severity: V.LOW,
    title: 'Hòm phiếu phụ bị hỏng khóa',
    description: 'Đề nghị cấp hòm phiếu phụ thay thế.',
  },
  {
    from: hm(7, 10),
    to: hm(11),
    category: C.COMPLAINT,
    severity: V.LOW,
    title: 'Cử tri phản ánh chưa nhận được thẻ cử tri',
    description: 'Đề nghị tổ bầu cử kiểm tra danh sách và cấp lại thẻ.',
  },
  {
    from: hm(7, 30),
    to: hm(16),
    category: C.MEDICAL,
    severity: V.LOW,
    title: 'Cử tri cần hỗ trợ y tế nhẹ',
    description: 'Cử tri bị tụt huyết áp, đã cho nghỉ và uống nước.',
  },
  {
    from: hm(8),
    to: hm(15),
    category: C.SECURITY,
    severity: V.LOW,
    title: 'Xe máy đỗ tràn lối vào điểm bỏ phiếu',
    description: 'Cần lực lượng công an phường hỗ trợ giữ trật tự.',
  },
  {
    from: hm(8),
    to: hm(16),
    category: C.SANITATION,
    severity: V.LOW,
    title: 'Nhà vệ sinh điểm bỏ phiếu bị tắc',
    description: 'Đề nghị đơn vị vệ sinh môi trường hỗ trợ.',
  },
  {
    from: hm(10),
    to: hm(15),
    category: C.OTHER,
    severity: V.LOW,
    title: 'Loa phát thanh không hoạt động',
    description: 'Không phát được thông báo cho cử tri.',
  },
  {
    from: hm(10),
    to: hm(16),
    category: C.POWER_OUTAGE,
    severity: V.MEDIUM,
    title: 'Điện chập chờn tại điểm bỏ phiếu',
    description: 'Đèn và quạt tắt bật liên tục.',
  },
  {
    from: hm(12),
    to: hm(16),
    category: C.SECURITY,
    severity: V.MEDIUM,
    title: 'Người lạ quay phim, chụp ảnh khu vực hòm phiếu',
    description: 'Tổ bầu cử đã nhắc nhở, đề nghị công an hỗ trợ.',
  },
  { from: hm(17, 40), to: hm(18, 20), category: C.MEDICAL, severity: V.LOW, title: 'Cử tri trượt ngã do đường trơn', description: 'Xây xát nhẹ, cần sơ cứu.' },
  {
    from: hm(19, 20),
    to: hm(20, 30),
    category: C.OTHER,
    severity: V.LOW,
    title: 'Thiếu đèn chiếu sáng khi kiểm phiếu',
    description: 'Đề nghị hỗ trợ thêm đèn chiếu sáng.',
  },
];
