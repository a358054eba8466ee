import { GraphQLError } from 'graphql';

/** The stable codes clients branch on (SPEC section 4), carried in `extensions.code`. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

interface Message {
  code: ErrorCode;
  vi: string;
  en: string;
}

/** Every refusal the domain can give, with the words a ward officer reads (vi) and the log's (en). */
export const messages = {
  unauthenticated: { code: 'UNAUTHENTICATED', vi: 'Bạn cần đăng nhập.', en: 'Authentication required' },
  badCredentials: { code: 'UNAUTHENTICATED', vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password' },
  forbidden: { code: 'FORBIDDEN', vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'Not allowed for this role or scope' },
  notFound: { code: 'NOT_FOUND', vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found' },
  textTooLong: { code: 'BAD_USER_INPUT', vi: 'Nội dung quá dài.', en: 'Text too long' },
  textRequired: { code: 'BAD_USER_INPUT', vi: 'Vui lòng nhập nội dung.', en: 'Text required' },
  reasonRequired: { code: 'BAD_USER_INPUT', vi: 'Vui lòng nêu lý do.', en: 'A reason is required' },
  unitAmbiguous: { code: 'BAD_USER_INPUT', vi: 'Mã đơn vị trùng tên: hãy ghi cả đường dẫn (tỉnh/quận/phường).', en: 'Unit code is ambiguous: give its path' },
  unitMismatch: { code: 'BAD_USER_INPUT', vi: 'Phường đã chọn không thuộc đơn vị của tài khoản.', en: 'A ward given is outside the unit' },
  placeRequired: { code: 'BAD_USER_INPUT', vi: 'Cần chọn phường hoặc khu vực bỏ phiếu.', en: 'wardId or pollingAreaId is required' },
  placeMismatch: { code: 'BAD_USER_INPUT', vi: 'Khu vực bỏ phiếu không thuộc phường đã chọn.', en: 'Polling area is not in the given ward' },
  clientRequestReused: { code: 'BAD_USER_INPUT', vi: 'Mã yêu cầu đã được dùng cho thao tác khác.', en: 'clientRequestId reused for another operation' },
  turnoutOutOfBounds: {
    code: 'BAD_USER_INPUT',
    vi: 'Số cử tri đã bỏ phiếu phải từ 0 đến tổng số cử tri của khu vực.',
    en: 'voted must be between 0 and registeredVoters',
  },
  turnoutDecreasing: {
    code: 'CONFLICT',
    vi: 'Số đã bỏ phiếu thấp hơn lần báo cáo trước. Nếu báo nhầm, hãy chọn "Đính chính" và nêu lý do.',
    en: 'voted below the previous report: file it as a correction with a reason',
  },
  turnoutCorrectionReason: {
    code: 'BAD_USER_INPUT',
    vi: 'Số thấp hơn lần báo cáo trước là đính chính: cần nêu lý do (ví dụ: nhập nhầm).',
    en: 'A correction (a figure below the previous report) needs a reason',
  },
  turnoutWrongStatus: {
    code: 'CONFLICT',
    vi: 'Chỉ báo cáo số cử tri khi khu vực đang bỏ phiếu, tạm dừng hoặc đã kết thúc.',
    en: 'Turnout only while VOTING, SUSPENDED or CLOSED',
  },
  statusTransition: { code: 'CONFLICT', vi: 'Không thể chuyển sang trạng thái này từ trạng thái hiện tại.', en: 'Illegal status transition' },
  checklistIncomplete: { code: 'CONFLICT', vi: 'Chưa hoàn tất danh mục chuẩn bị của khu vực.', en: 'Checklist incomplete' },
  votingWindow: { code: 'CONFLICT', vi: 'Ngoài khung giờ cho phép (mở từ 05:00, đóng trước 21:00 ngày bầu cử).', en: 'Outside the allowed voting window' },
  taskActive: { code: 'CONFLICT', vi: 'Đơn vị này đang xử lý sự cố này.', en: 'The agency already has an active task on this incident' },
  incidentResolved: { code: 'CONFLICT', vi: 'Sự cố đã được giải quyết.', en: 'Incident already resolved' },
  reopenWindow: { code: 'CONFLICT', vi: 'Chỉ mở lại bỏ phiếu trước 21:00 ngày bầu cử.', en: 'A closed area may be reopened only before 21:00 of election day' },
  turnoutNotFlagged: { code: 'CONFLICT', vi: 'Số liệu này không bị gắn cờ hoặc đã được xác minh.', en: 'The report is not flagged, or already verified' },
  unknownCheckpoint: { code: 'BAD_USER_INPUT', vi: 'Không có mốc báo cáo này trong ngày bầu cử.', en: 'No such checkpoint in the election' },
  complainantRequired: { code: 'BAD_USER_INPUT', vi: 'Cần ghi họ tên người gửi đơn.', en: "The complainant's name is required" },
  receivedAtOutOfRange: {
    code: 'BAD_USER_INPUT',
    vi: 'Ngày nhận đơn không hợp lệ: không được sau thời điểm hiện tại hoặc quá 90 ngày trước.',
    en: 'receivedAt in the future or more than 90 days ago',
  },
  visitVoters: {
    code: 'BAD_USER_INPUT',
    vi: 'Số cử tri phải từ 1 đến tổng số cử tri của khu vực.',
    en: 'voters must be between 1 and the area’s registered voters',
  },
  visitRequestWindow: {
    code: 'CONFLICT',
    vi: 'Chỉ nhận yêu cầu hòm phiếu phụ từ ngày trước ngày bầu cử đến khi khu vực kết thúc bỏ phiếu.',
    en: 'Ballot-box visits are requested from the day before the election until the area’s voting ends',
  },
  visitNotVoting: {
    code: 'CONFLICT',
    vi: 'Chỉ đưa hòm phiếu phụ đi (xếp lịch, ghi kết quả, hủy) khi khu vực đang bỏ phiếu.',
    en: 'The auxiliary box goes out only while its area is VOTING',
  },
  visitTime: {
    code: 'BAD_USER_INPUT',
    vi: 'Giờ đưa hòm phiếu phụ phải trong khung giờ bỏ phiếu của ngày bầu cử (05:00–21:00).',
    en: 'Visit time outside the election day’s voting window',
  },
  ballotsOutOfBounds: {
    code: 'BAD_USER_INPUT',
    vi: 'Số phiếu thu về phải từ 0 đến số cử tri của lần đưa hòm phiếu phụ.',
    en: 'ballotsCollected must be between 0 and voters',
  },
  epidemicKitMissing: {
    code: 'CONFLICT',
    vi: 'Khu vực chưa đánh dấu “Vật tư phòng dịch” trong danh mục chuẩn bị: chưa thể đưa hòm phiếu phụ đến nơi cách ly.',
    en: 'A QUARANTINE visit needs the area’s EPIDEMIC_KIT ticked',
  },
  reportAlreadySent: { code: 'CONFLICT', vi: 'Báo cáo này đã được gửi.', en: 'The situation report was already sent' },
  drillSpeed: { code: 'BAD_USER_INPUT', vi: 'Tốc độ diễn tập không hợp lệ.', en: 'Drill speed out of range' },
  // The voter list's movement and moved sites (SPEC 8.5, 8.6).
  voterListCount: {
    code: 'BAD_USER_INPUT',
    vi: 'Số cử tri thay đổi phải là số nguyên từ 1 đến 4.000.',
    en: 'count must be a whole number from 1 to 4000',
  },
  voterListClosed: {
    code: 'CONFLICT',
    vi: 'Khu vực đã kết thúc bỏ phiếu: danh sách cử tri không thay đổi được nữa.',
    en: 'The voter list is closed once voting has ended',
  },
  voterListBelowTurnout: {
    code: 'CONFLICT',
    vi: 'Không xóa được: số cử tri còn lại sẽ ít hơn số đã bỏ phiếu theo báo cáo gần nhất. Kiểm tra lại số người cần xóa, hoặc đính chính số đã bỏ phiếu trước.',
    en: "The removal would bring the area's voters below its latest reported turnout",
  },
  relocationSameSite: { code: 'BAD_USER_INPUT', vi: 'Địa điểm mới trùng với địa điểm hiện tại.', en: 'The new site is the current one' },
  rateLimited: { code: 'RATE_LIMITED', vi: 'Thử quá nhiều lần, vui lòng đợi một lát.', en: 'Too many attempts' },
  // Limits that keep one client from hurting the others (server/src/http/operation-limits.ts, realtime/).
  textMalformed: { code: 'BAD_USER_INPUT', vi: 'Nội dung chứa ký tự không hợp lệ.', en: 'Text contains a NUL character or malformed Unicode' },
  argumentOutOfRange: { code: 'BAD_USER_INPUT', vi: 'Giá trị tham số nằm ngoài khoảng cho phép.', en: 'Argument out of range' },
  listTooLong: { code: 'BAD_USER_INPUT', vi: 'Danh sách gửi lên quá dài.', en: 'List argument too long' },
  queryTooDeep: { code: 'BAD_USER_INPUT', vi: 'Truy vấn lồng nhau quá sâu.', en: 'Query nested too deeply' },
  queryTooCostly: { code: 'BAD_USER_INPUT', vi: 'Truy vấn đòi quá nhiều dữ liệu trong một lần.', en: 'Query cost over the limit' },
  requestTooLarge: { code: 'BAD_USER_INPUT', vi: 'Yêu cầu gửi lên quá lớn.', en: 'Request body too large' },
  requestMalformed: { code: 'BAD_USER_INPUT', vi: 'Yêu cầu gửi lên không đúng định dạng.', en: 'Malformed request body' },
  subscriptionOverHttp: {
    code: 'BAD_USER_INPUT',
    vi: 'Luồng trực tiếp (subscription) chỉ dùng qua WebSocket.',
    en: 'Subscriptions are served over WebSocket only',
  },
  tooManySubscriptions: { code: 'RATE_LIMITED', vi: 'Quá nhiều luồng theo dõi trên một kết nối.', en: 'Too many subscriptions on one socket' },
  slowConsumer: {
    code: 'RATE_LIMITED',
    vi: 'Kết nối nhận dữ liệu quá chậm; đang kết nối lại.',
    en: 'Subscriber too slow: dropped; resubscribe with after = last seq',
  },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;

/** A refusal of the domain: rolls back the transaction it is thrown in and reaches the client as-is. */
export class DomainError extends GraphQLError {
  readonly key: MessageKey;
  constructor(key: MessageKey, detail?: string) {
    const m: Message = messages[key];
    super(detail ? `${m.vi} (${detail})` : m.vi, {
      extensions: { code: m.code, reason: key, message_en: detail ? `${m.en}: ${detail}` : m.en },
    });
    this.key = key;
  }
  get code(): ErrorCode {
    return messages[this.key].code as ErrorCode;
  }
}

export const fail = (key: MessageKey, detail?: string): never => {
  throw new DomainError(key, detail);
};
