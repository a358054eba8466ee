/**
 * Hai Bà Trưng district in May 2021 (SPEC section 1). Area counts and voter totals per ward are our
 * plausible figures, except the known ones: Đồng Tâm 10,650 voters in 7 areas; Nguyễn Du area 4 at
 * 58 Nguyễn Du with over 1,200 voters.
 */
export interface WardSeed {
  name: string;
  areas: number;
  voters: number;
  streets: string[];
}

export const PROVINCE = { code: 'ha-noi', name: 'Hà Nội' };
export const DISTRICT = { code: 'hai-ba-trung', name: 'Hai Bà Trưng' };

export const WARDS: WardSeed[] = [
  { name: 'Bách Khoa', areas: 9, voters: 11_300, streets: ['Tạ Quang Bửu', 'Lê Thanh Nghị', 'Tạ Quang Bửu ngõ 6'] },
  { name: 'Bạch Đằng', areas: 10, voters: 13_200, streets: ['Bạch Đằng', 'Vân Đồn', 'Chương Dương Độ'] },
  { name: 'Bạch Mai', areas: 12, voters: 15_600, streets: ['Bạch Mai', 'Ngõ Quỳnh', 'Hồng Mai'] },
  { name: 'Cầu Dền', areas: 8, voters: 9_800, streets: ['Bạch Mai', 'Thanh Nhàn', 'Nguyễn Công Trứ'] },
  { name: 'Đống Mác', areas: 7, voters: 8_100, streets: ['Đống Mác', 'Lạc Trung', 'Kim Ngưu'] },
  { name: 'Đồng Nhân', areas: 8, voters: 9_300, streets: ['Đồng Nhân', 'Hòa Mã', 'Lò Đúc'] },
  { name: 'Đồng Tâm', areas: 7, voters: 10_650, streets: ['Trần Đại Nghĩa', 'Giải Phóng', 'Đồng Tâm'] },
  { name: 'Lê Đại Hành', areas: 8, voters: 8_900, streets: ['Lê Đại Hành', 'Tuệ Tĩnh', 'Thái Phiên'] },
  { name: 'Minh Khai', areas: 14, voters: 18_900, streets: ['Minh Khai', 'Lạc Trung', 'Dương Văn Bé'] },
  { name: 'Nguyễn Du', areas: 8, voters: 8_600, streets: ['Nguyễn Du', 'Trần Bình Trọng', 'Quang Trung'] },
  { name: 'Phạm Đình Hổ', areas: 7, voters: 8_200, streets: ['Phạm Đình Hổ', 'Hàng Chuối', 'Nguyễn Huy Tự'] },
  { name: 'Phố Huế', areas: 8, voters: 9_700, streets: ['Phố Huế', 'Lò Đúc', 'Hàn Thuyên'] },
  { name: 'Quỳnh Lôi', areas: 9, voters: 11_800, streets: ['Kim Ngưu', 'Thanh Nhàn', 'Quỳnh Lôi'] },
  { name: 'Quỳnh Mai', areas: 10, voters: 12_400, streets: ['Quỳnh Mai', 'Kim Ngưu', 'Bạch Mai'] },
  { name: 'Thanh Lương', areas: 13, voters: 17_200, streets: ['Thanh Lương', 'Minh Khai', 'Bạch Đằng'] },
  { name: 'Thanh Nhàn', areas: 11, voters: 14_300, streets: ['Thanh Nhàn', 'Võ Thị Sáu', 'Trần Khát Chân'] },
  { name: 'Trương Định', areas: 10, voters: 13_900, streets: ['Trương Định', 'Tân Mai', 'Đại La'] },
  { name: 'Vĩnh Tuy', areas: 17, voters: 21_300, streets: ['Vĩnh Tuy', 'Minh Khai', 'Lạc Trung'] },
];

/** Known polling areas: ward name → area number → fixed facts. */
export const KNOWN_AREAS: Record<string, Record<number, { voters: number; name: string; address: string }>> = {
  'Nguyễn Du': { 4: { voters: 1_236, name: 'Nhà văn hóa tổ dân phố số 4', address: '58 Nguyễn Du' } },
};

export const AGENCIES = [
  { code: 'POWER', name: 'Công ty Điện lực Hai Bà Trưng' },
  { code: 'SANITATION', name: 'Công ty TNHH MTV Đô thị Hà Nội – Chi nhánh Hai Bà Trưng (URENCO)' },
  { code: 'FIRE', name: 'Đội Cảnh sát PCCC và CNCH quận Hai Bà Trưng' },
  { code: 'POLICE', name: 'Công an quận Hai Bà Trưng' },
  { code: 'HEALTH', name: 'Trung tâm Y tế quận Hai Bà Trưng' },
] as const;

export const ELECTION_NAME = 'Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026';
export const CHECKPOINT_TIMES = ['10:00', '12:30', '16:30', '18:30'];

/** ASCII slug of a Vietnamese name: `Đồng Tâm` → `dong-tam`. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
