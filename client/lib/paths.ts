/** The app's URLs, in one place so features can link without knowing the route table. */
export const paths = {
  library: '/',
  signIn: '/sign-in',
  users: '/admin/users',
  file: (fileId: string) => `/files/${encodeURIComponent(fileId)}`,
} as const;
