/**
 * Progress of a campaign computed from the published initiatives (never typed by hand). Pure.
 * An initiative counts for a campaign when its `campaign` is that campaign or one of the plans
 * implementing it (a district plan's initiatives count for the city campaign too).
 */
import { AWARDS, DOCUMENT_TYPES, labelOf, levelRank, valuesOf, type Award, type DocumentType, type Status } from '../../vocabulary.ts';
import { formatDateShort } from '../text/dates.ts';
import { formatInt } from '../text/format.ts';
import type { InitiativeFacts, RecognitionOf, StatusOf } from '../content/records.ts';
import type { CampaignData } from '../../schemas/campaign.ts';
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';

/** The fields of an initiative a campaign's progress counts. */
export type ProgressInitiative = Pick<InitiativeFacts, 'campaign'> & {
  recognitions: readonly RecognitionOf<'level' | 'award' | 'year'>[];
  status: StatusOf<'state'>;
};
/** A campaign as the family of plans needs it: its id and the plan it implements. */
export type CampaignLike = Pick<CampaignData, 'parent'> & { id: string };

/** States that mean "still applied". */
export const APPLIED_STATES: readonly Status[] = ['dang-ap-dung', 'nhan-rong'];

export interface CampaignProgress {
  /** Initiatives counted for the campaign. */
  initiatives: number;
  /** Recognitions given with each award, in the vocabulary's order (zero included). */
  awards: { award: Award; count: number }[];
  /** For each year of the period: initiatives recognised at city level or above in that year's round. */
  cityPerYear: { year: number; count: number }[];
  /** Initiatives still applied (being applied or replicated) out of all counted. */
  applied: { count: number; total: number; share: number | undefined };
}

/** Ids of a campaign and every plan below it. */
export function campaignFamily(id: string, campaigns: readonly CampaignLike[]): Set<string> {
  const family = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of campaigns) {
      if (c.parent && family.has(c.parent) && !family.has(c.id)) {
        family.add(c.id);
        grew = true;
      }
    }
  }
  return family;
}

export function campaignProgress<T extends ProgressInitiative>(
  campaign: CampaignLike & { period: { from: number; to: number } },
  campaigns: readonly CampaignLike[],
  initiatives: readonly T[],
): CampaignProgress {
  const family = campaignFamily(campaign.id, campaigns);
  const mine = initiatives.filter((i) => family.has(i.campaign));
  const awards = valuesOf(AWARDS).map((award) => ({
    award,
    count: mine.reduce((n, i) => n + i.recognitions.filter((r) => r.award === award).length, 0),
  }));
  const city = levelRank('thanh-pho');
  const cityPerYear: CampaignProgress['cityPerYear'] = [];
  for (let year = campaign.period.from; year <= campaign.period.to; year++) {
    cityPerYear.push({ year, count: mine.filter((i) => i.recognitions.some((r) => r.year === year && levelRank(r.level) >= city)).length });
  }
  const applied = mine.filter((i) => APPLIED_STATES.includes(i.status.state)).length;
  return {
    initiatives: mine.length,
    awards,
    cityPerYear,
    applied: { count: applied, total: mine.length, share: mine.length ? applied / mine.length : undefined },
  };
}

/** Milestones marked past or upcoming relative to today (a milestone dated today is past). */
export function markMilestones<M extends { date: string }>(milestones: readonly M[], todayIso: string): (M & { past: boolean })[] {
  return milestones.map((m) => ({ ...m, past: m.date <= todayIso }));
}

/** The most recent date, up to today, among the dates a campaign page shows (its "last updated" date). */
export function lastUpdated(dates: readonly string[], todayIso: string): string | undefined {
  return dates.filter((d) => d <= todayIso).reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}

/** Sentences a journalist can quote, built from the campaign's data and computed figures. */
export function pressFacts(
  data: { plan: { type: DocumentType; number: string; date: string; issuer: string }; period: { from: number; to: number }; organiser: string },
  progress: CampaignProgress,
  todayIso: string,
): string[] {
  const t = vi.showcase;
  const capital = progress.awards.find((a) => a.award === 'bang-sang-kien-thu-do')?.count ?? 0;
  return [
    format(t.pressFactPlan, { plan: format(vi.document.citation, { type: labelOf(DOCUMENT_TYPES, data.plan.type), number: data.plan.number, date: formatDateShort(data.plan.date), issuer: data.plan.issuer }) }),
    format(t.pressFactPeriod, { from: data.period.from, to: data.period.to, organiser: data.organiser }),
    format(t.pressFactFigures, { date: formatDateShort(todayIso), n: formatInt(progress.initiatives), capital: formatInt(capital) }),
  ];
}
