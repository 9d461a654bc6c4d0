/**
 * The errors a person uploading a directive can meet, with what to do about each.
 * Library messages and stack traces never reach the message: the cause stays on the
 * error (`cause`) for the server log only.
 */
import { AppError } from '../../../lib/errors';

const MESSAGES = {
  UNSUPPORTED_TYPE: [
    415,
    'Chỉ nhận tệp .txt, .docx hoặc .pdf. Vui lòng lưu văn bản dưới một trong các định dạng này rồi tải lên lại, hoặc dán nội dung vào ô văn bản.',
  ],
  LEGACY_DOC: [
    415,
    'Tệp này là định dạng Word cũ (.doc), hệ thống chưa đọc được. Vui lòng mở tệp bằng Word, chọn "Lưu thành" (Save As) định dạng .docx hoặc PDF rồi tải lên lại.',
  ],
  TOO_LARGE: [413, 'Tệp lớn hơn 10 MB. Vui lòng tải lên tệp nhỏ hơn (ví dụ bản .docx hoặc PDF không kèm ảnh quét), hoặc dán nội dung văn bản.'],
  EMPTY_FILE: [400, 'Tệp không có nội dung. Vui lòng kiểm tra lại tệp rồi tải lên lại.'],
  BAD_ENCODING: [
    400,
    'Tệp văn bản không dùng bảng mã UTF-8 nên tiếng Việt sẽ bị lỗi. Vui lòng mở tệp và lưu lại với bảng mã UTF-8 (Unicode), hoặc dán nội dung vào ô văn bản.',
  ],
  CORRUPT_FILE: [400, 'Không đọc được tệp: tệp bị hỏng, chưa tải lên đủ hoặc quá lớn khi giải nén. Vui lòng mở lại tệp trên máy, lưu lại rồi tải lên lần nữa.'],
  DOCX_PASSWORD: [400, 'Tệp Word này được đặt mật khẩu nên hệ thống không đọc được. Vui lòng gỡ mật khẩu (hoặc lưu một bản không mật khẩu) rồi tải lên lại.'],
  PDF_PASSWORD: [400, 'Tệp PDF này được đặt mật khẩu nên hệ thống không đọc được. Vui lòng tải lên bản không đặt mật khẩu.'],
  PDF_NO_TEXT: [
    400,
    'Tệp PDF này không có lớp chữ (thường là bản chụp hoặc quét), nên hệ thống không đọc được nội dung. Vui lòng tải lên tệp .docx gốc, hoặc nhận dạng chữ (OCR) cho tệp PDF rồi tải lên lại.',
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type ExtractErrorCode = keyof typeof MESSAGES;

export function extractError(code: ExtractErrorCode, cause?: unknown): AppError {
  const [status, message] = MESSAGES[code];
  const e = new AppError(status, code, message);
  if (cause !== undefined) e.cause = cause;
  return e;
}

/** Rethrow our own errors as they are; anything else from a library becomes `code`. */
export function asExtractError(e: unknown, code: ExtractErrorCode): AppError {
  return e instanceof AppError ? e : extractError(code, e);
}
