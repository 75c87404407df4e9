/**
 * Active ISO 4217 alphabetic currency codes, including the fund and precious-metal codes that
 * pay bands never use but that the standard lists, so a valid code is never refused. Written as
 * one text, about half the bytes of a list of quoted codes in the bundle; the type reads it too.
 */
const CODES =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG';

/** The codes of a text of codes separated by spaces. */
type Codes<Text extends string, Found extends string = never> = Text extends `${infer Code} ${infer Rest}`
  ? Codes<Rest, Found | Code>
  : Found | Text;

export type CurrencyCode = Codes<typeof CODES>;

export const CURRENCY_CODES = CODES.split(' ') as readonly CurrencyCode[];
