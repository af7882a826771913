/** Credentials the e2e server bootstraps its first admin with (a throwaway temp DATA_DIR). */
export const E2E_ADMIN = { username: 'e2e-admin', password: 'e2e-password-123' };
