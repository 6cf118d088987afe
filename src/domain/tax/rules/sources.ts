/** Where each bundled rule comes from (tax.md §4). Plain data: shown as link text, never fetched. */
import type { RuleSource } from '../schema';

const IRS = 'Internal Revenue Service';
const FTB = 'California Franchise Tax Board';
const NYS = 'New York State Department of Taxation and Finance';
const MA_DOR = 'Massachusetts Department of Revenue';
const HMRC = 'HM Revenue & Customs (GOV.UK)';

export const SOURCES = {
  revProc2025_32: {
    title: 'Rev. Proc. 2025-32 (IR-2025-103, 9 Oct 2025), 2026 inflation adjustments incl. OBBBA',
    url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
    publisher: IRS,
  },
  revProc2024_40: {
    title: 'Rev. Proc. 2024-40, 2025 inflation adjustments',
    url: 'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
    publisher: IRS,
  },
  obbba: {
    title: 'One Big Beautiful Bill Act, P.L. 119-21 (standard deduction 2025, SALT cap)',
    url: 'https://www.congress.gov/bill/119th-congress/house-bill/1',
    publisher: 'U.S. Congress',
  },
  usc3101: {
    title: '26 U.S.C. 3101 (employee Social Security, Medicare, Additional Medicare)',
    url: 'https://www.law.cornell.edu/uscode/text/26/3101',
    publisher: 'U.S. Code (Cornell LII)',
  },
  ssaBase: {
    title: 'SSA Contribution and Benefit Base',
    url: 'https://www.ssa.gov/oact/cola/cbb.html',
    publisher: 'Social Security Administration',
  },
  supplementalWithholding: {
    title: '26 CFR 31.3402(g)-1; IRS Publication 15 (supplemental wages)',
    url: 'https://www.irs.gov/publications/p15',
    publisher: IRS,
  },
  ftbSchedules2025: {
    title: 'FTB 2025 California Tax Rate Schedules',
    url: 'https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf',
    publisher: FTB,
  },
  ftb540_2025: {
    title: 'FTB 2025 Form 540 instructions (standard deduction, exemption credits)',
    url: 'https://www.ftb.ca.gov/forms/2025/2025-540-instructions.html',
    publisher: FTB,
  },
  rtc17043: {
    title: 'Cal. Rev. & Tax. Code 17043 (Mental Health Services Tax)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=RTC&sectionNum=17043',
    publisher: 'California Legislative Information',
  },
  edd2026: {
    title: 'EDD 2026 SDI rate (DE 201); SB 951 removed the wage ceiling from 2024',
    url: 'https://edd.ca.gov/en/payroll_taxes/rates_and_withholding/',
    publisher: 'California Employment Development Department',
  },
  caSupplemental: {
    title: 'Cal. R&TC 18663; EDD supplemental wage withholding rates',
    url: 'https://edd.ca.gov/en/payroll_taxes/rates_and_withholding/',
    publisher: 'California Employment Development Department',
  },
  nyTaxLaw601: {
    title: 'NY Tax Law 601 as amended by the FY2026 budget (S.3009-C)',
    url: 'https://www.nysenate.gov/legislation/laws/TAX/601',
    publisher: 'New York State Senate',
  },
  nyIt201i2025: {
    title: 'IT-201-I 2025 instructions (rate schedules, tax computation worksheets)',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
    publisher: NYS,
  },
  nyStd: {
    title: 'IT-201-I, standard deduction table (unchanged since 2021)',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
    publisher: NYS,
  },
  nyPfl2026: {
    title: 'NY DFS 2026 Paid Family Leave rate decision (29 Aug 2025); WCB 2026 deduction notice',
    url: 'https://paidfamilyleave.ny.gov/cost',
    publisher: 'New York State Paid Family Leave',
  },
  nyPfl2025: {
    title: 'NY DFS 2025 Paid Family Leave rate decision',
    url: 'https://paidfamilyleave.ny.gov/cost',
    publisher: 'New York State Paid Family Leave',
  },
  nyWcl209: {
    title: 'NY Workers’ Compensation Law 209 (disability benefits contribution)',
    url: 'https://www.nysenate.gov/legislation/laws/WKC/209',
    publisher: 'New York State Senate',
  },
  nysWithholding: {
    title: 'NYS-50-T-NYS (New York State withholding tables and methods)',
    url: 'https://www.tax.ny.gov/pdf/publications/withholding/nys50_t_nys.pdf',
    publisher: NYS,
  },
  nycRates: {
    title: 'NYC Admin. Code 11-1701; IT-201-I NYC tax rate schedule',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
    publisher: NYS,
  },
  nycSchoolCredit: {
    title: 'IT-201-I lines 69 and 69a (NYC school tax credit, fixed and rate reduction)',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
    publisher: NYS,
  },
  nycWithholding: {
    title: '20 NYCRR 291.1; NYS-50-T-NYC (supplemental withholding)',
    url: 'https://www.tax.ny.gov/pdf/publications/withholding/nys50_t_nyc.pdf',
    publisher: NYS,
  },
  maC62s4: {
    title: 'M.G.L. c.62 §4 (Part B rate; 4% surtax, §4(d))',
    url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter62/Section4',
    publisher: 'Massachusetts Legislature',
  },
  maC62s3: {
    title: 'M.G.L. c.62 §3(B) (personal exemption; deduction for FICA paid, Form 1 line 10)',
    url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter62/Section3',
    publisher: 'Massachusetts Legislature',
  },
  maSurtax: {
    title: 'MA DOR 4% surtax on taxable income over $1 million (2025 threshold $1,083,150)',
    url: 'https://www.mass.gov/info-details/4-surtax-on-taxable-income-over-1-million',
    publisher: MA_DOR,
  },
  maPfml2026: {
    title: 'Mass.gov PFML 2026 contribution rates',
    url: 'https://www.mass.gov/info-details/paid-family-and-medical-leave-pfml-contribution-rates-and-calculator',
    publisher: 'Massachusetts Department of Family and Medical Leave',
  },
  waCares: {
    title: 'RCW 50B.04.080 (WA Cares premium)',
    url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=50B.04.080',
    publisher: 'Washington State Legislature',
  },
  waPfml2026: {
    title: 'Washington Paid Family and Medical Leave 2026 premium; RCW 50A.10.030',
    url: 'https://paidleave.wa.gov/employers/premiums/',
    publisher: 'Washington Employment Security Department',
  },
  waCapitalGains: {
    title: 'RCW 82.87 (capital gains excise)',
    url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=82.87',
    publisher: 'Washington State Legislature',
  },
  ukRates: {
    title: 'Income Tax rates and Personal Allowances; ITA 2007 s35; Finance Act 2023 s6',
    url: 'https://www.gov.uk/income-tax-rates',
    publisher: HMRC,
  },
  ukEmployers2026: {
    title: 'Rates and thresholds for employers 2026 to 2027 (Class 1 National Insurance)',
    url: 'https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027',
    publisher: HMRC,
  },
  ukRelocation: {
    title: 'ITEPA 2003 s287 (qualifying removal expenses: £8,000 limit)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/1/section/287',
    publisher: 'legislation.gov.uk',
  },
} satisfies Record<string, RuleSource>;
