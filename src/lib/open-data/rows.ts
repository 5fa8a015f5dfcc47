/**
 * The rows of the open-data tables (`tables.ts`), built from the data layer's records taken as plain objects.
 * Rows never carry personal data: only authors who consented are named, and no contact fields exist. Pure.
 */
import { AWARDS, LEVELS, labelOf } from '../../vocabulary.ts';
import { verificationCode } from '../sharing/verification.ts';
import { highestRecognition, latestDecisionDate } from '../content/model.ts';
import type { Row } from './tables.ts';
import type { EntryOf } from '../content/records.ts';
import type { InitiativeData } from '../../schemas/initiative.ts';
import type { UnitData } from '../../schemas/unit.ts';
import type { CampaignData } from '../../schemas/campaign.ts';

/** An initiative as its rows need it: the schema's fields, with its field and area resolved to their labels. */
export type InitiativeRecord = EntryOf<InitiativeData, 'title' | 'summary' | 'unit' | 'unitNameAtRecognition' | 'holder' | 'authors' | 'campaign' | 'recognitions' | 'status' | 'demo'> & {
  field: { id: string; label: string };
  area: { id: string; label: string };
};
export type UnitRecord = EntryOf<UnitData, 'name' | 'kind' | 'area' | 'formerNames' | 'modelRecognitions' | 'summary' | 'demo'>;
export type CampaignRecord = EntryOf<CampaignData, 'title' | 'shortTitle' | 'plan' | 'period' | 'organiser' | 'area' | 'demo'>;

export interface Urls {
  initiative: (id: string) => string;
  unit: (id: string) => string;
  campaign: (id: string) => string;
  verify: (code: string) => string;
}

/** Only authors who agreed to be named; nobody else's name ever reaches an export. */
export function namedAuthors(authors: readonly { name: string; consent: boolean }[]): string[] {
  return authors.filter((a) => a.consent).map((a) => a.name);
}

export function initiativeRows(items: readonly InitiativeRecord[], urls: Urls): Row[] {
  return items.map(({ id, field, area, data }) => {
    const top = highestRecognition(data.recognitions);
    return {
      id,
      url: urls.initiative(id),
      title: data.title,
      summary: data.summary,
      field: field.id,
      field_label: field.label,
      area: area.id,
      area_label: area.label,
      unit: data.unit,
      unit_name_at_recognition: data.unitNameAtRecognition,
      holder: data.holder,
      authors_named: namedAuthors(data.authors),
      campaign: data.campaign,
      highest_level: top.level,
      highest_award: top.award,
      year: top.year,
      latest_decision_date: latestDecisionDate(data.recognitions),
      recognition_count: data.recognitions.length,
      status: data.status.state,
      status_verified_at: data.status.verifiedAt,
      replicated_by: [...data.status.replicatedBy],
      demo: data.demo,
    };
  });
}

/** One row per recognition of a published initiative, oldest decision first within an initiative. */
export function recognitionRows(items: readonly InitiativeRecord[], urls: Urls): Row[] {
  return items.flatMap(({ id, data }) =>
    [...data.recognitions]
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.level.localeCompare(b.level))
      .map((r) => {
        const code = verificationCode(id, r);
        return {
          code,
          verify_url: urls.verify(code),
          initiative: id,
          initiative_title: data.title,
          unit_name_at_recognition: data.unitNameAtRecognition,
          level: r.level,
          level_label: labelOf(LEVELS, r.level),
          award: r.award,
          award_label: labelOf(AWARDS, r.award),
          decision_number: r.decisionNumber,
          decision_date: r.decisionDate,
          issuer: r.issuer,
          year: r.year,
          demo: data.demo,
        };
      }),
  );
}

export function unitRows(units: readonly UnitRecord[], urls: Urls): Row[] {
  return units.map(({ id, data }) => ({
    id,
    url: urls.unit(id),
    name: data.name,
    kind: data.kind,
    area: data.area,
    former_names: data.formerNames.map((f) => f.name),
    model_recognition_count: data.modelRecognitions.length,
    summary: data.summary,
    demo: data.demo,
  }));
}

export function campaignRows(campaigns: readonly CampaignRecord[], urls: Urls): Row[] {
  return campaigns.map(({ id, data }) => ({
    id,
    url: urls.campaign(id),
    title: data.title,
    short_title: data.shortTitle,
    plan_number: data.plan.number,
    plan_date: data.plan.date,
    plan_issuer: data.plan.issuer,
    period_from: data.period.from,
    period_to: data.period.to,
    organiser: data.organiser,
    area: data.area,
    demo: data.demo,
  }));
}
