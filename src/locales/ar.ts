import type { Messages } from '../internal/messages.js';

const digits = new Intl.NumberFormat('ar');
const plural = new Intl.PluralRules('ar');

/** "خطوة واحدة", "خطوتان", "3 خطوات", "11 خطوة": Arabic counts take one of four forms. */
function steps(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return 'خطوة واحدة';
    case 'two':
      return 'خطوتان';
    case 'few':
      return `${digits.format(n)} خطوات`;
    default:
      return `${digits.format(n)} خطوة`;
  }
}

/** Arabic. */
const ar: Messages = {
  loading: 'جارٍ تحميل السلم الوظيفي…',
  loaded: (titles) => `تم التحميل: ${titles.join('، ')}.`,
  errorTitle: 'تعذّر عرض هذا السلم الوظيفي',
  errorKeptTitle: 'تعذّر عرض السلم الوظيفي الجديد؛ هذا آخر سلم أمكن عرضه',
  errorBandTitle: 'تعذّر عرض نطاق الأجر هذا',
  errorRoleTitle: 'تعذّر عرض هذه الوظيفة',
  errorSettingsTitle: 'بعض إعدادات هذا السلم لا تشير إلى شيء فيه',
  documentPath: 'المستند',
  emptyLadder: 'لا وظائف في هذا السلم الوظيفي بعد.',
  noMatchingRoles: 'لا توجد وظائف في هذا السلم تطابق المستويات والمسار المحددة.',
  payRangeAcrossRoles: 'النطاق لكل الوظائف',
  guidanceTitle: 'كيف تتقدّم',
  keySkillTitle: 'المهارة الأساسية',
  adviceTitle: 'نصائح',
  sourcesTitle: 'المصادر:',
  youAreHere: 'أنت هنا',
  goal: 'الهدف',
  step: (n) => `الخطوة ${digits.format(n)}`,
  pathSteps: (from, to, n) => `من ${from} إلى ${to}: ${steps(n)}.`,
  pathThrough: (titles) => `مرورًا بـ ${titles.join('، ثم ')}.`,
  pathNone: (from, to) => `لا يوجد في هذا السلم مسار ترقيات من ${from} إلى ${to}.`,
  pathArrived: (title) => `لقد بلغت هدفك: ${title}.`,
  linkToRole: 'رابط إلى هذه الوظيفة',
  arrowKeys: 'تنقّل بين الأدوار بمفاتيح الأسهم',
  responsibilitiesTitle: 'المسؤوليات',
  requirementsTitle: 'متطلبات الترقية إلى هذه الوظيفة',
  nextTitle: 'الخطوة التالية',
  nextTitlePlural: 'الخطوات التالية',
  reportsTo: 'يرفع تقاريره إلى:',
  lateralTitle: 'انتقال أفقي',
  lateralTitlePlural: 'انتقالات أفقية',
  sharedByTrack: (track) => `مشترك بين جميع أدوار مسار «${track}»`,
  pathSwitch: (from, to, track) =>
    track ? `من ${from}، الانتقال إلى مسار «${track}» بصفة ${to}.` : `من ${from}، الانتقال أفقيًا إلى ${to}.`,
  expectationsTitle: 'ما هو متوقع',
  levelOf: (level, rank, count) => `${level}، ${digits.format(rank)} من ${digits.format(count)}`,
  examplesLabel: 'أمثلة',
  noRolePay: 'لا يحدد هذا السلم نطاق أجر لهذه الوظيفة.',
  noLadderPay: 'لا يحدد هذا السلم نطاق أجر.',
  viewSwitch: 'طريقة العرض',
  viewLadder: 'السلم',
  viewMatrix: 'المصفوفة',
  matrixCaption: (title) => `${title}: ما تتوقعه كل وظيفة، حسب الكفاءة`,
  competencyTitle: 'الكفاءة',
  levelsTitle: 'المستويات',
  noExpectation: 'غير محدد',
  risesFrom: (level) => `أعلى من ${level}`,
  compareTitle: (from, to) => `من ${from} إلى ${to}`,
  changesCount: (changed, total) =>
    `الكفاءات التي تتغير: ${digits.format(changed)} من ${digits.format(total)}`,
  unchanged: (count) => `${digits.format(count)} دون تغيير`,
  changes: 'يتغير',
  stepsTitle: 'ما تتطلبه كل ترقية',
  into: (title) => `إلى ${title}`,
  noRequirements: 'لا يحدد هذا السلم متطلبات لهذه الخطوة.',
  newAt: (title) => `جديد في ${title}`,
  payDifference: (min, max) => `${min} في أدنى النطاق، ${max} في أعلاه`,
  payApart: 'النطاقان بعملتين أو فترتين مختلفتين: لا يُذكر فرق.',
  compareOffer: (from, to) => `قارن ${from} بـ ${to}`,
  profileTitle: 'مخطط الكفاءات',
  yourMarks: 'تقييمك',
  assessTitle: (title) => `تقييمك مقارنةً بـ ${title}`,
  markNotYet: 'ليس بعد',
  markWorking: 'قيد العمل',
  markMet: 'متحقق',
  evidence: 'الدليل (اختياري)',
  metCount: (met, total) => `${digits.format(met)} من ${digits.format(total)} متحقق`,
  storedHere: 'يُحفظ في هذا المتصفح فقط، ولا يُرسل إلى أي مكان.',
  storageRefused: 'لا يسمح هذا المتصفح للصفحة بحفظه: يبقى حتى إغلاق الصفحة.',
  exportMarks: 'تصدير',
  importMarks: 'استيراد',
  clearMarks: 'مسح',
  printMarks: 'طباعة',
  importFailed: (reason) => `تعذّر استيراد هذا الملف: ${reason}`,
  importPartly: (reason) => `تم الاستيراد، باستثناء ما ليس تقييمًا: ${reason}`,
  goneMarks: (names) => `محفوظ، لتوقعات لم تعد في هذا السلم: ${names.join('، ')}`,
  markerLabel: 'القيمة المحددة',
  asOf: (date) => `حتى ${date}`,
  labelSeparator: ': ',
  listSeparator: '، ',
  markerBelow: 'أقل من النطاق',
  markerWithin: 'ضمن النطاق',
  markerAbove: 'أعلى من النطاق',
  period: {
    year: 'سنويًا',
    month: 'شهريًا',
    week: 'أسبوعيًا',
    day: 'يوميًا',
    hour: 'في الساعة',
  },
  payKind: {
    'market-estimate': 'تقدير السوق',
    'employer-range': 'نطاق الأجر',
  },
};

export default ar;
