import { z } from 'zod';
import { isoDate, version } from './common';
import { unitKinds } from './constants';


export const unitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKind>;

export const unit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: unitKind,
  parentId: z.number().int().nullable(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  version,
});
export type Unit = z.infer<typeof unit>;

const name = z.string().trim().min(2, 'Tên đơn vị quá ngắn').max(300, 'Tên đơn vị quá dài');
const aliases = z.array(z.string().trim().min(1).max(300)).max(50, 'Tối đa 50 tên gọi khác');

export const unitCreate = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập mã đơn vị')
    .max(50)
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch nối'),
  name,
  shortName: z.string().trim().max(100).nullable().default(null),
  aliases: aliases.default([]),
  kind: unitKind,
  parentId: z.number().int().positive().nullable().default(null),
  districtCode: z.string().trim().max(20).nullable().default(null),
  validFrom: isoDate.nullable().default(null),
});
export type UnitCreate = z.input<typeof unitCreate>;

export const unitUpdate = z.object({
  name: name.optional(),
  shortName: z.string().trim().max(100).nullable().optional(),
  aliases: aliases.optional(),
  kind: unitKind.optional(),
  parentId: z.number().int().positive().nullable().optional(),
  version,
});
export type UnitUpdate = z.infer<typeof unitUpdate>;

export const unitRetire = z.object({
  validTo: isoDate,
  /** The act that dissolved the unit; recorded with the 'retire' event ("(không ghi)" when absent). */
  legalBasis: z.string().trim().max(500, 'Căn cứ pháp lý quá dài').nullish(),
  version,
});
export type UnitRetire = z.infer<typeof unitRetire>;

export const unitListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: unitKind.optional(),
  includeRetired: z.enum(['true', 'false']).optional(),
});

export const unitGroup = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  memberIds: z.array(z.number().int()),
  version,
});
export type UnitGroup = z.infer<typeof unitGroup>;

export const unitGroupCreate = z.object({
  code: z.string().trim().min(1).max(50).regex(/^[A-Za-z0-9._-]+$/, 'Mã nhóm chỉ gồm chữ không dấu, số, dấu chấm, gạch nối'),
  name,
  aliases: aliases.default([]),
  memberIds: z.array(z.number().int().positive()).max(5000).default([]),
});
export type UnitGroupCreate = z.input<typeof unitGroupCreate>;

export const unitGroupUpdate = z.object({
  name: name.optional(),
  aliases: aliases.optional(),
  memberIds: z.array(z.number().int().positive()).max(5000).optional(),
  version,
});
export type UnitGroupUpdate = z.infer<typeof unitGroupUpdate>;
