// Massachusetts, Professional license renewal (603 CMR 44.06), cited below with DESE's FAQ.
// 150 PDPs per 5-year license, +30 per additional license (and 15 content PDPs per additional
// license); a topic counts only with at least 10 PDPs; graduate credit 22.5 PDPs a semester hour.
// Left out (the sources are silent or uncertain): carry-over, quarter credits, micro-credentials.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const CMR = 'https://www.doe.mass.edu/lawsregs/603cmr44.html?section=06';
const FAQ = 'https://www.doe.mass.edu/pd/faq.html';
const NEWS = 'http://www.doe.mass.edu/news/news.aspx?id=27924';
const renewal = cite(
  CMR,
  'A Professional license is renewed every five years with 150 PDPs; an educator holding more than one license needs 30 further PDPs for each additional license.',
  '603 CMR 44.06',
);
const categories = cite(
  CMR,
  'Of the 150 PDPs: at least 15 in content (plus 15 content PDPs for each additional license), 15 in pedagogy, 15 in SEI/ESL/bilingual education, and 15 in training on students with disabilities and diverse learners.',
  '603 CMR 44.06(1)(b)',
);
const credits = cite(
  FAQ,
  'One undergraduate semester hour = 15 PDPs; one graduate (or new upper-level) semester hour = 22.5 PDPs; an audited or non-degree-eligible graduate course = 7.5 PDPs per semester hour.',
);
const hours = cite(FAQ, 'One PDP equals one clock hour of professional development.');
const topic = cite(CMR, 'An activity or topic counts toward renewal only when it reaches at least 10 PDPs.', '603 CMR 44.06');

export const maPreset: RuleSetInput = {
  id: 'ma',
  jurisdiction: 'MA',
  name: 'Massachusetts Professional license renewal (PDPs)',
  versions: [
    {
      version: '603-cmr-44',
      // The regulation's effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-07-01',
      summary:
        '150 PDPs per 5-year Professional license (+30 per additional license): 15 content (+15 per additional license), 15 pedagogy, 15 SEI/ESL/bilingual, 15 students with disabilities/diverse learners; a topic counts only from 10 PDPs. Carry-over is not modelled (uncertain in the sources).',
      unit: { id: 'pdp', name: 'PDPs' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional license',
          required: '150',
          cycleYears: 5,
          perAdditionalLicense: '30',
          citation: renewal,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: {
        id: 'ma-cycle',
        kind: 'issue_date',
        citation: cite(
          CMR,
          'The Professional license is valid for five years to the renewal date recorded in ELAR.',
          '603 CMR 44.06',
        ),
      },
      conversions: [
        unitFactor('ma-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PDP', hours),
        {
          id: 'ma-graduate-credit',
          description: '1 graduate semester hour = 22.5 PDPs',
          match: { units: ['semester_credit'], levels: ['graduate'] },
          value: { kind: 'factor', factor: '22.5' },
          citation: credits,
          uncertain:
            'An audited or non-degree-eligible graduate course earns 7.5 PDPs per semester hour (start date of that rate uncertain); records do not say whether a course was audited, so every graduate hour is counted at 22.5.',
        },
        unitFactor(
          'ma-semester-credit',
          'semester_credit',
          '15',
          '1 undergraduate (or unknown-level) semester hour = 15 PDPs',
          credits,
        ),
        unitFactor(
          'ma-ceu',
          'ceu',
          '10',
          '1 CEU = 10 PDPs',
          cite(NEWS, 'One college credit equals 1.5 CEUs and 15 PDPs.'),
          'Worked out from 1 credit = 1.5 CEU = 15 PDPs; not stated directly.',
        ),
      ],
      topicMinimum: { id: 'ma-topic-minimum', amount: '10', label: 'A topic counts only with at least 10 PDPs', citation: topic },
      categoryRequirements: [
        {
          id: 'ma-content',
          category: 'subject_area',
          label: 'Content knowledge',
          minimum: { kind: 'amount', amount: '15' },
          perAdditionalLicense: '15',
          citation: categories,
        },
        {
          id: 'ma-pedagogy',
          category: 'pedagogy',
          label: 'Pedagogy',
          minimum: { kind: 'amount', amount: '15' },
          citation: categories,
        },
        {
          id: 'ma-sei-esl',
          category: 'english_language_learners',
          label: 'SEI, ESL or bilingual education',
          minimum: { kind: 'amount', amount: '15' },
          citation: categories,
        },
        {
          id: 'ma-disabilities',
          category: 'students_with_disabilities',
          label: 'Students with disabilities and diverse learners',
          minimum: { kind: 'amount', amount: '15' },
          citation: categories,
        },
      ],
      notes: [
        {
          id: 'ma-carry-over',
          notChecked: true,
          text: 'Carry-over of PDPs into the next cycle is not modelled.',
          citation: renewal,
          uncertain: 'The sources do not settle whether excess PDPs carry over; check with DESE.',
        },
        {
          id: 'ma-audit',
          text: 'An audited or non-degree-eligible graduate course earns 7.5 PDPs per semester hour; enter such courses as clock hours (7.5 per semester hour) until records carry an audit flag.',
          citation: credits,
          uncertain: 'Start date of the 7.5 non-degree graduate rate is uncertain.',
        },
        {
          id: 'ma-topic',
          text: 'The topic of a record is its first category; records without a category are treated as one topic.',
          citation: topic,
        },
      ],
    },
  ],
};
