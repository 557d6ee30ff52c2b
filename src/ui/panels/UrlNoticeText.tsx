import { urlNoticeText } from '../../i18n/notice-view';
import { useLanguage } from '../../i18n/react';
import type { UrlNotice } from '../../settings/url-notice';

/** A link's correction in the page's language; loaded lazily with its words, as most links need none. */
export default function UrlNoticeText({ notice }: { notice: UrlNotice }) {
  return <>{urlNoticeText(notice, useLanguage())}</>;
}
