/**
 * `npx tsx bench/alloc-per-request.ts [text|action]`: what a request allocates on the server, by
 * function: the Node app served by @hono/node-server in this process (as the server wires it, with
 * the startup cache), warmed up on 10,000 other typed messages, then 4,000 requests of the bench's
 * text (or button) scenario from a small keep-alive client in a child process, under V8's sampling
 * heap profiler with collected objects included. Allocation is what fills the young generation
 * and so sets how often the server pauses for a scavenge; unlike latency on a shared machine, it
 * does not move with load from other jobs.
 */
import { Session } from 'node:inspector/promises'
import { serve } from '@hono/node-server'
import { spawn } from 'node:child_process'
import { silentLogger } from '../bot/http/logger.js'
import { createNodeApp } from '../bot/runtime/node/create-node-app.js'
import { warmupTexts, workload } from './workload.js'
import { writeFileSync } from 'node:fs'
const work = workload(); const warm = warmupTexts(work)
const { app } = createNodeApp({ log: silentLogger, env: { RATE_LIMIT_PER_MINUTE: '0', INSIGHT_DB: ':memory:' } })
const server = serve({ fetch: app.fetch, port: 18777, hostname: '127.0.0.1' })
await new Promise((r) => setTimeout(r, 200))
const ids: string[] = []
for (let i = 0; i < 200; i++) { const r = await fetch('http://127.0.0.1:18777/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"menu"}' }); ids.push(((await r.json()) as { conversationId: string }).conversationId) }
const mode = process.argv[2] ?? 'text'
const bodies = (texts: string[], n: number) => Array.from({ length: n }, (_, i) => mode === 'action' ? JSON.stringify({ conversationId: ids[i % 200], action: work.actions[(i * 7) % work.actions.length] }) : JSON.stringify({ conversationId: ids[i % 200], text: texts[(i * 7919) % texts.length] }))
// load from a child process: a tiny keep-alive client
const client = `
const http=require('http');const bodies=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));const agent=new http.Agent({keepAlive:true,maxSockets:20});let i=0,done=0;
function one(){ if(i>=bodies.length)return; const b=bodies[i++]; const r=http.request({host:'127.0.0.1',port:18777,path:'/api/chat',method:'POST',agent,headers:{'content-type':'application/json','content-length':Buffer.byteLength(b)}},res=>{res.resume();res.on('end',()=>{done++; if(done===bodies.length)process.exit(0); one()})}); r.end(b)}
for(let k=0;k<20;k++)one()`
const run = (bs: string[]) => new Promise<void>((res) => { writeFileSync('/tmp/_bodies.json', JSON.stringify(bs)); spawn(process.execPath, ['-e', client, '/tmp/_bodies.json'], { stdio: 'inherit' }).on('exit', () => res()) })
await run(bodies(warm, 10000)); await run(bodies(work.texts, 3000))
const s = new Session(); s.connect()
await s.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never)
const N = 4000
await run(bodies(work.texts, N))
const { profile } = (await s.post('HeapProfiler.stopSampling')) as { profile: { head: Node } }
type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }
const self = new Map<string, number>(); const incl = new Map<string, number>()
let total = 0
const walk = (n: Node, stack: string[]) => {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(wt-perf|node_modules)\//, '')}:${n.callFrame.lineNumber}`
  total += n.selfSize; self.set(key, (self.get(key) ?? 0) + n.selfSize)
  const st = stack.includes(key) ? stack : [...stack, key]
  let sub = n.selfSize; for (const c of n.children) sub += walk(c, st)
  if (!stack.includes(key)) incl.set(key, (incl.get(key) ?? 0) + sub)
  return sub
}
walk(profile.head, [])
console.log(`allocated per request: ${(total / N / 1024).toFixed(1)} KB`)
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / N / 1024).toFixed(2).padStart(7)} KB ${(100 * v / total).toFixed(1).padStart(5)}% ${k}`).join('\n')
console.log('--- self'); console.log(top(self, 30)); console.log('--- inclusive'); console.log(top(incl, 50))
server.close(); process.exit(0)
