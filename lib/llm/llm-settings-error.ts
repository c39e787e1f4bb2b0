/** A user's settings row that cannot be used as stored (unknown provider, key no longer decryptable). */
export class LlmSettingsError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}
