/**
 * Self-service without signing in: the public directories (BHXH offices, healthcare facilities,
 * employers, collection points), support (FAQ, FAQ assistant, feedback) and office announcements.
 * Every list is paginated (limit ≤ 50) and every string is bounded.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { provinceCode, text, wardCode } from '../schemas';

export const PAGE_LIMIT_MAX = 50;
export const FEEDBACK_MESSAGE_MAX = 2000;
export const SUPPORT_HOTLINE = '1900 9068';
export const SUPPORT_EMAIL = 'hotro@vss.gov.vn';

const pageInput = {
  offset: z.number().int().min(0).max(10_000).default(0),
  limit: z.number().int().min(1).max(PAGE_LIMIT_MAX).default(20),
};
/** Search text: optional, bounded, diacritic-insensitive on the main side. */
const searchText = text(100).optional();

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item).max(PAGE_LIMIT_MAX),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
    /** True when at least one more item follows this page (cheaper than a total count). */
    hasMore: z.boolean(),
  });

export const officeSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  hours: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
});
export type OfficeItem = z.infer<typeof officeSchema>;

export const mapPointSchema = z.object({ code: z.string(), name: z.string(), lat: z.number(), lng: z.number() });
export type MapPoint = z.infer<typeof mapPointSchema>;

export const officeDetailSchema = z.object({
  office: officeSchema,
  /** What the QR encodes: a maps URL the citizen's phone opens (see public-directory-service.ts). */
  mapsUrl: z.string().max(300),
  /** The QR code as an SVG document (generated on the main side; the renderer has no QR library). */
  qrSvg: z.string().max(200_000),
  /** Province centres for the offline map, so the renderer draws it without any network. */
  provinces: z.array(mapPointSchema).max(100),
});
export type OfficeDetail = z.infer<typeof officeDetailSchema>;

export const facilityListSchema = z.enum(['bhyt', 'sick-leave']);
export type FacilityList = z.infer<typeof facilityListSchema>;
export const facilitySchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  address: z.string(),
  level: z.enum(['central', 'province', 'district', 'commune', 'private']),
  bhytContract: z.boolean(),
  sickLeave: z.boolean(),
});
export type FacilityItem = z.infer<typeof facilitySchema>;

export const employerSchema = z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), address: z.string() });
export type EmployerItem = z.infer<typeof employerSchema>;

export const collectionPointKindSchema = z.enum(['diem-thu', 'dai-ly']);
export const collectionPointSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: collectionPointKindSchema,
  provinceCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
});
export type CollectionPointItem = z.infer<typeof collectionPointSchema>;

export const FAQ_TOPICS = ['vssid', 'ma-so', 'bhyt', 'dang-ky', 'mat-khau', 'kcb', 'lien-he'] as const;
export const faqTopicSchema = z.enum(FAQ_TOPICS);
export type FaqTopic = z.infer<typeof faqTopicSchema>;
export const faqEntrySchema = z.object({ id: z.string(), topic: faqTopicSchema, question: z.string(), answer: z.string() });
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const askResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('answered'), entry: faqEntrySchema, confidence: z.number().min(0).max(1) }),
  z.object({ status: z.literal('unknown'), hotline: z.string(), email: z.string() }),
]);
export type AskResult = z.infer<typeof askResultSchema>;

export const FEEDBACK_TOPICS = ['thu-tuc', 'the-bhyt', 'vssid', 'thai-do-phuc-vu', 'kiosk', 'khac'] as const;
export const feedbackTopicSchema = z.enum(FEEDBACK_TOPICS);
export type FeedbackTopic = z.infer<typeof feedbackTopicSchema>;
/** Vietnamese mobile numbers: 10 digits starting 03/05/07/08/09 (docs/domain/form01.md). */
export const mobilePhone = z.string().regex(/^0[35789]\d{8}$/, 'expected a Vietnamese mobile number');

export const newsItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  expiresAt: z.string().nullable(),
  pinned: z.boolean(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

export const publicInvoke = {
  'offices:search': invoke(
    z.object({ provinceCode: provinceCode.optional(), wardCode: wardCode.optional(), text: searchText, ...pageInput }).strict(),
    page(officeSchema),
    'Tra cứu cơ quan BHXH by province, ward and name (diacritic-insensitive), paginated.',
  ),
  'offices:detail': invoke(
    z.object({ code: text(40).min(1) }).strict(),
    officeDetailSchema,
    'One office with a QR code of its location and the province centres for the offline map.',
  ),
  'facilities:search': invoke(
    z
      .object({ list: facilityListSchema, provinceCode: provinceCode.optional(), text: searchText, code: text(5).optional(), ...pageInput })
      .strict(),
    page(facilitySchema),
    'Cơ sở KCB ký hợp đồng KCB BHYT, or cấp giấy nghỉ việc hưởng BHXH, by province, name and code prefix.',
  ),
  'employers:search': invoke(
    z.object({ provinceCode: provinceCode.optional(), text: searchText, ...pageInput }).strict(),
    page(employerSchema),
    'Đơn vị tham gia BHXH by province and name, paginated.',
  ),
  'collectionPoints:search': invoke(
    z
      .object({
        provinceCode: provinceCode.optional(),
        wardCode: wardCode.optional(),
        kind: collectionPointKindSchema.optional(),
        text: searchText,
        ...pageInput,
      })
      .strict(),
    page(collectionPointSchema),
    'Điểm thu, đại lý thu by province, ward and name, paginated.',
  ),
  'support:faq': invoke(
    z.object({ text: text(200).optional(), topic: faqTopicSchema.optional() }).strict(),
    z.object({ items: z.array(faqEntrySchema).max(200) }),
    'Frequently asked questions, optionally filtered by topic and diacritic-insensitive text.',
  ),
  'support:ask': invoke(
    z.object({ question: text(300).min(1) }).strict(),
    askResultSchema,
    'The FAQ assistant: the best-matching answer, or an honest "unknown" with the hotline.',
  ),
  'support:feedback': invoke(
    z.object({ topic: feedbackTopicSchema, message: z.string().min(1).max(FEEDBACK_MESSAGE_MAX), phone: mobilePhone.optional() }).strict(),
    z.object({ id: z.number().int(), receivedAt: z.string() }),
    'Phản ánh, kiến nghị: stored durably; the message is never logged.',
  ),
  'news:list': invoke(z.object({ ...pageInput }).strict(), page(newsItemSchema), 'Current office announcements, pinned first.'),
} as const;
