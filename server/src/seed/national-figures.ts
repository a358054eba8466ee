/**
 * The country the national benchmark fills PostgreSQL with: the 63 provinces of 2021 with their
 * approximate population (thousands, 2019 census) as weights, and the national totals of the 2021
 * election: 84,767 polling areas and about 69.2 million voters in about 700 districts and 10,600
 * wards. Districts, wards and areas below the provinces are generated.
 */
export const NATIONAL = { districts: 705, wards: 10_614, areas: 84_767, voters: 69_243_431 } as const;

export const PROVINCES: [string, number][] = [
  ['Hà Nội', 8054],
  ['Hồ Chí Minh', 8993],
  ['Hải Phòng', 2029],
  ['Đà Nẵng', 1134],
  ['Cần Thơ', 1236],
  ['Hà Giang', 854],
  ['Cao Bằng', 530],
  ['Bắc Kạn', 314],
  ['Tuyên Quang', 785],
  ['Lào Cai', 731],
  ['Điện Biên', 599],
  ['Lai Châu', 460],
  ['Sơn La', 1248],
  ['Yên Bái', 822],
  ['Hòa Bình', 854],
  ['Thái Nguyên', 1287],
  ['Lạng Sơn', 782],
  ['Quảng Ninh', 1320],
  ['Bắc Giang', 1804],
  ['Phú Thọ', 1464],
  ['Vĩnh Phúc', 1152],
  ['Bắc Ninh', 1369],
  ['Hải Dương', 1893],
  ['Hưng Yên', 1253],
  ['Thái Bình', 1861],
  ['Hà Nam', 853],
  ['Nam Định', 1781],
  ['Ninh Bình', 983],
  ['Thanh Hóa', 3641],
  ['Nghệ An', 3328],
  ['Hà Tĩnh', 1289],
  ['Quảng Bình', 896],
  ['Quảng Trị', 633],
  ['Thừa Thiên Huế', 1129],
  ['Quảng Nam', 1496],
  ['Quảng Ngãi', 1232],
  ['Bình Định', 1487],
  ['Phú Yên', 873],
  ['Khánh Hòa', 1232],
  ['Ninh Thuận', 591],
  ['Bình Thuận', 1231],
  ['Kon Tum', 541],
  ['Gia Lai', 1514],
  ['Đắk Lắk', 1870],
  ['Đắk Nông', 623],
  ['Lâm Đồng', 1297],
  ['Bình Phước', 995],
  ['Tây Ninh', 1170],
  ['Bình Dương', 2456],
  ['Đồng Nai', 3097],
  ['Bà Rịa - Vũng Tàu', 1149],
  ['Long An', 1689],
  ['Tiền Giang', 1765],
  ['Bến Tre', 1289],
  ['Trà Vinh', 1010],
  ['Vĩnh Long', 1023],
  ['Đồng Tháp', 1600],
  ['An Giang', 1908],
  ['Kiên Giang', 1724],
  ['Hậu Giang', 734],
  ['Sóc Trăng', 1200],
  ['Bạc Liêu', 908],
  ['Cà Mau', 1194],
];

/** Split `total` into integers proportional to `weights` (largest remainder), each at least `min`. */
export function apportion(total: number, weights: number[], min = 0): number[] {
  const free = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * free);
  const out = exact.map((x) => min + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) out[order[k][1]] += 1;
  return out;
}
