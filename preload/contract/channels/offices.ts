/**
 * Tra cứu cơ quan BHXH (offices:*), without signing in: by province, ward and name, and one office with its map.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { page, pageInput, searchText } from '../paging';
import { provinceCode, text, wardCode } from '../schemas';

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

export const officesInvoke = {
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
} as const;
