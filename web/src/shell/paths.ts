// Route paths in one place, so links and routes cannot drift apart. The
// server must serve index.html for all of them (SPA fallback).
export const paths = {
  start: '/',
  login: '/login',
  invitation: '/einladung/:token',
  admin: '/verwaltung',
  units: '/verwaltung/organisationseinheiten',
  staff: '/verwaltung/mitarbeitende',
  partners: '/verwaltung/partnerorganisationen',
  audit: '/audit-protokoll',
} as const;
