import type { Ladder } from './schema.js';

/**
 * The Product Manager career path of John Mansour's article "Product Manager Career Path:
 * Positions, Responsibilities, and How to Advance" (Feb 27, 2023). Every text here restates a
 * sentence of the article, with its hedges ("typically", "and more"), and test/data/
 * default-ladder.quotes.json holds that sentence for each; the article gives no per-role pay, so
 * roles carry none. Only the ladder's description is the ladder's own: how it follows the article.
 */
export const defaultLadder = {
  id: 'product-manager-career-path',
  title: 'Product Manager career path',
  description:
    'Product management titles and roles from entry level to the C-suite, in the order of the article’s sections. The article states one promotion outright (a product manager to Product Lead); the other next steps follow that order.',
  tiers: [
    {
      id: 'entry',
      name: 'Entry level',
    },
    {
      id: 'core',
      name: 'Basic product management role',
    },
    {
      id: 'tenured',
      name: 'Tenured',
    },
    {
      id: 'leadership',
      name: 'Leadership',
    },
  ],
  roles: [
    {
      id: 'associate-product-manager',
      title: 'Associate Product Manager',
      abbreviation: 'APM',
      tier: 'entry',
      summary:
        'An entry-level product management role with limited, but nonetheless important, responsibilities.',
      responsibilities: [
        'Collaborate with other APMs or PMs.',
        'Execute tasks as they’re delegated or assigned.',
        'Communicate status updates with stakeholders and managers.',
      ],
      next: ['junior-product-manager'],
    },
    {
      id: 'junior-product-manager',
      title: 'Junior Product Manager',
      abbreviation: 'Junior PM',
      tier: 'entry',
      summary:
        'Another entry-level role. Junior Product Managers typically have a bit more experience or education in product management, and might take point on a smaller product within a portfolio.',
      responsibilities: ['Might take point on a smaller product within a portfolio.'],
      next: ['product-manager'],
      reportsTo: 'senior-product-manager',
    },
    {
      id: 'product-manager',
      title: 'Product Manager',
      abbreviation: 'PM',
      tier: 'core',
      summary:
        'A broad umbrella term that describes a wide range of experience levels, responsibilities and skills. For some organizations it can be a catch-all: someone who works on a team with other PMs, takes lead on a product, or oversees an entire portfolio.',
      responsibilities: [
        'Typically, basic vertical and horizontal market segmentation for a portfolio of products that serves common markets and customers.',
      ],
      next: ['product-lead', 'senior-product-manager'],
    },
    {
      id: 'product-lead',
      title: 'Product Lead / Principal Product Manager',
      tier: 'tenured',
      summary: 'Typically orchestrates the entire process of product management.',
      responsibilities: [
        'Typically, orchestrate the entire process of product management, including go-to-market activities.',
        'Lead other PMs.',
        'Delegate tasks.',
        'Prioritize product investments.',
        'And more.',
      ],
      requirements: [
        'Experience as a product manager.',
        'Must have stood out as the go-to person for your product while working as a product manager.',
      ],
      next: ['product-director'],
    },
    {
      id: 'senior-product-manager',
      title: 'Senior Product Manager',
      abbreviation: 'Senior PM',
      tier: 'tenured',
      summary:
        'Typically oversees a team of other PMs or supervises a major product within a portfolio. Larger organizations with multiple products commonly have at least one; smaller companies with a handful of products may not need this distinction.',
      responsibilities: [
        'Typically, oversee a team of other PMs, or supervise a major product within a portfolio.',
      ],
      requirements: ['Typically, tenure and a successful track record.'],
      next: ['product-director'],
    },
    {
      id: 'product-director',
      title: 'Product Director',
      tier: 'leadership',
      summary:
        'One of the first tiers of product management leadership, and for many an introduction to a management role.',
      responsibilities: [
        'Manage a team.',
        'Staffing.',
        'Oversee the execution and delivery of products at every step.',
        'Often oversee one or more portfolios at a time.',
        'And more.',
      ],
      requirements: [
        'Experience as a product manager (a must-have).',
        'Prior experience in leadership is not usually required.',
      ],
      next: ['vp-product'],
    },
    {
      id: 'vp-product',
      title: 'Vice President of Product',
      abbreviation: 'Product VP',
      tier: 'leadership',
      summary:
        'A leadership role less involved in day-to-day product management, responsible instead for managing PM teams. The primary strengths sought after in a Product VP are well-developed skills focused on leadership, communication, conflict resolution, and more.',
      responsibilities: ['Manage PM teams.'],
      next: ['chief-product-officer'],
    },
    {
      id: 'chief-product-officer',
      title: 'Chief Product Officer',
      abbreviation: 'CPO',
      tier: 'leadership',
      summary: 'Sits in the C-suite of an organization and oversees multiple teams and portfolios.',
      responsibilities: [
        'Oversee multiple teams and portfolios.',
        "Make decisions that align all product initiatives to the company's overall strategy.",
        'In some cases, be responsible for product development and engineering.',
      ],
    },
  ],
  pay: {
    min: 77000,
    max: 200000,
    currency: 'USD',
    period: 'year',
    kind: 'market-estimate',
    source: 'Glassdoor, according to John Mansour',
    asOf: '2023',
    note: 'Salaries for product managers, depending on role and experience.',
  },
  guidance: {
    skill:
      'Understand the business of your target customers from the top down better than anyone else in your organization. That keeps you in the driver’s seat and out of reactive mode (most of the time).',
    questionsIntro:
      'Clear answers to the following five questions are critical before you do anything to your product:',
    questions: [
      'What are they trying to accomplish (an outcome) from the top down?',
      'Why are those outcomes critical to their success?',
      'What’s stopping them and why?',
      'What happens if they don’t eliminate the obstacles?',
      'How will they measure success?',
    ],
    advice: [
      'Keep the customer at the center of everything you do: make customer outcomes the starting point for everything.',
      'Stay up to date on market trends and research your target customers’ needs.',
      'Always listen for the obstacles your current and potential customers are facing, and design products based on their desired outcomes.',
      'By staying focused on customer outcomes, you’ll quickly become the go-to person for your product or portfolio.',
    ],
  },
  sources: [
    {
      title: 'Product Manager Career Path: Positions, Responsibilities, and How to Advance',
      author: 'John Mansour',
      date: '2023-02-27',
    },
  ],
} satisfies Ladder;
