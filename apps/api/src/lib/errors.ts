/** An error a client may see: HTTP status, stable code, Vietnamese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what = 'Không tìm thấy dữ liệu yêu cầu') => new AppError(404, 'NOT_FOUND', what);
export const forbidden = (what = 'Bạn không có quyền thực hiện thao tác này') => new AppError(403, 'FORBIDDEN', what);
export const conflict = (what = 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.') =>
  new AppError(409, 'CONFLICT', what);
export const badRequest = (code: string, message: string, fields?: { path: string; message: string }[]) =>
  new AppError(400, code, message, fields);
