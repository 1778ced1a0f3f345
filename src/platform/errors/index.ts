export { AppError, isAppError, languageFrom, type Language } from './app-error.js';
export { errorCodes, type ErrorCode } from './codes.js';
