/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, no background
 * networking (this machine's network is closed), a fresh profile per launch. Every page records
 * what it requested, what it logged as an error, and any Content-Security-Policy violation.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env.SG_CHROMIUM ?? '/usr/bin/chromium'

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does), or set SG_CHROMIUM`)
  return chromium.launch({
    executablePath: CHROMIUM,
    // playwright-core gives every launch a new, empty profile directory of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

export interface Watched {
  page: Page
  requests: string[]
  errors: string[]
}

/** A page in its own context; any request that is not for a file:// URL is aborted (and recorded). */
export async function watchedPage(browser: Browser): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.route(/^(?!file:)/, (route) => route.abort())
  const page = await context.newPage()
  const w: Watched = { page, requests: [], errors: [] }
  page.on('request', (r) => w.requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => w.errors.push(`page error: ${e.message}`))
  page.on('dialog', (d) => {
    w.errors.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  return w
}
