# Generates Examples/CollectDesk/Resources/sample-portfolio.json (seeded, deterministic): customers,
# receivables and payments, then promises, contacts, excuses, asks, assignments and payments to others:
#   python3 Examples/CollectDesk/SampleGenerator/generate-sample-portfolio.py > Examples/CollectDesk/Resources/sample-portfolio.json
import json, random, datetime
R = random.Random(20261127)
TODAY = datetime.date(2026, 11, 27)
START = datetime.date(2025, 11, 28)

# name, region, currency, standing, tier, terms, size (typical invoice in major units)
customers = [
 ("上海华盛机电设备有限公司","华东","CNY","excellent","core",60,180000),
 ("江苏恒通电气股份有限公司","华东","CNY","good","core",60,260000),
 ("浙江宏达自动化科技有限公司","华东","CNY","good","regular",30,85000),
 ("苏州瑞丰精密机械有限公司","华东","CNY","fair","regular",60,120000),
 ("宁波海天五金制品有限公司","华东","CNY","excellent","regular",30,45000),
 ("杭州中科智能装备有限公司","华东","CNY","fair","new",30,60000),
 ("无锡新纪元工控设备有限公司","华东","CNY","poor","at_risk",60,95000),
 ("南京金陵电力工程有限公司","华东","CNY","good","core",90,320000),
 ("合肥同创新能源科技有限公司","华东","CNY","unknown","new",30,70000),
 ("常州天和传动设备有限公司","华东","CNY","fair","regular",60,55000),
 ("温州东方阀门有限公司","华东","CNY","poor","regular",30,38000),
 ("嘉兴嘉诚包装材料有限公司","华东","CNY","good","regular",30,26000),
 ("青岛海润机械制造有限公司","华北","CNY","good","core",60,150000),
 ("济南重工液压件有限公司","华北","CNY","fair","regular",60,88000),
 ("天津滨海港机配件有限公司","华北","CNY","excellent","core",60,210000),
 ("北京京北自控系统有限公司","华北","CNY","good","regular",30,99000),
 ("石家庄冀华建材机械有限公司","华北","CNY","poor","at_risk",90,130000),
 ("太原晋阳煤机设备有限公司","华北","CNY","fair","regular",90,240000),
 ("唐山钢联设备维修有限公司","华北","CNY","poor","regular",60,76000),
 ("烟台鲁东电子有限公司","华北","CNY","unknown","new",30,42000),
 ("广州粤通机电工程有限公司","华南","CNY","good","core",60,190000),
 ("深圳市创联科技有限公司","华南","CNY","excellent","core",30,230000),
 ("东莞市永盛塑胶制品有限公司","华南","CNY","fair","regular",60,64000),
 ("佛山市南海恒力五金厂","华南","CNY","poor","at_risk",30,33000),
 ("珠海格瑞电器配件有限公司","华南","CNY","good","regular",60,110000),
 ("厦门闽星机电有限公司","华南","CNY","good","regular",30,57000),
 ("福州榕城自动化有限公司","华南","CNY","fair","new",30,48000),
 ("中山市华帝照明电器有限公司","华南","CNY","excellent","regular",60,72000),
 ("惠州市德赛电源有限公司","华南","CNY","fair","regular",60,135000),
 ("南宁桂通工程设备有限公司","华南","CNY","poor","regular",90,160000),
 ("武汉长江动力设备有限公司","华中","CNY","good","core",90,280000),
 ("长沙湘电机械有限公司","华中","CNY","fair","regular",60,93000),
 ("郑州宇华重工有限公司","华中","CNY","good","regular",60,145000),
 ("南昌赣新电子有限公司","华中","CNY","unknown","new",30,39000),
 ("襄阳汉江汽配有限公司","华中","CNY","fair","regular",60,82000),
 ("洛阳中原轴承有限公司","华中","CNY","excellent","core",60,175000),
 ("成都蜀光电气设备有限公司","西南","CNY","good","core",60,205000),
 ("重庆渝丰机械有限公司","西南","CNY","poor","at_risk",60,115000),
 ("昆明滇南矿山机械有限公司","西南","CNY","fair","regular",90,190000),
 ("贵阳黔通建设工程有限公司","西南","CNY","poor","regular",90,260000),
 ("绵阳九洲精工有限公司","西南","CNY","good","regular",30,66000),
 ("西安秦川自动化工程有限公司","西北","CNY","good","regular",60,125000),
 ("兰州陇原石化设备有限公司","西北","CNY","fair","regular",90,220000),
 ("银川塞上新能源有限公司","西北","CNY","unknown","new",60,98000),
 ("乌鲁木齐天山工贸有限公司","西北","CNY","poor","regular",60,87000),
 ("沈阳北方重型机械有限公司","东北","CNY","fair","core",90,300000),
 ("大连海星船舶配件有限公司","东北","CNY","good","regular",60,118000),
 ("长春一汽配套件有限公司","东北","CNY","excellent","core",60,250000),
 ("哈尔滨龙江电机有限公司","东北","CNY","fair","regular",60,104000),
 ("鞍山鞍钢设备服务有限公司","东北","CNY","poor","at_risk",90,170000),
 ("香港裕丰贸易有限公司","香港","HKD","good","regular",30,150000),
 ("香港永利五金有限公司","香港","HKD","fair","regular",30,88000),
 ("华越电子(越南)有限公司","海外","USD","good","regular",60,28000),
 ("泰华精密(泰国)有限公司","海外","USD","fair","new",60,19000),
 ("新亚工业(新加坡)私人有限公司","海外","USD","excellent","core",30,36000),
 ("马华机电(马来西亚)有限公司","海外","USD","poor","regular",60,22000),
]
deciders = ["财务总监","财务经理","总经理","采购总监","董事长","财务主管"]
# (probability the invoice is ever paid, late days range, probability of partial payment)
behaviour = {
 "excellent": (1.0, (-5, 5), 0.02),
 "good": (0.98, (0, 25), 0.08),
 "fair": (0.9, (10, 75), 0.2),
 "poor": (0.65, (40, 200), 0.35),
 "unknown": (0.85, (0, 60), 0.15),
}
def iso(d): return d.isoformat()
def money(minor, cur): return {"minorUnits": minor, "currency": cur}

docs_c, recs, pays = [], [], []
inv_serial, pay_serial = 0, 0
for n, (name, region, cur, standing, tier, terms, size) in enumerate(customers, start=1):
    cid = f"C{n:03d}"
    limit = size * (6 if tier == "core" else 4) * 100
    docs_c.append({
        "id": cid, "displayName": name, "creditStanding": standing, "relationshipTier": tier,
        "paymentTerms": {"netDays": terms}, "creditLimit": money(limit, cur),
        "paymentDecider": R.choice(deciders),
        "attributes": {"storage": {"region": {"text": {"_0": region}}}},
    })
    pay_prob, (late_lo, late_hi), partial_prob = behaviour[standing]
    start = START if tier != "new" else START + datetime.timedelta(days=R.randint(120, 200))
    d = start + datetime.timedelta(days=R.randint(0, 20))
    owed = []  # (id, amount, due)
    while d <= TODAY:
        inv_serial += 1
        rid = f"INV-{d.year}-{inv_serial:05d}"
        amount = int(size * R.uniform(0.35, 1.6)) * 100 + R.choice([0, 0, 0, 50, 80, 35])
        kind = "invoice" if R.random() < 0.85 else ("order" if R.random() < 0.5 else "contract_installment")
        due = d + datetime.timedelta(days=terms)
        recs.append({"id": rid, "customerID": cid, "kind": kind, "amount": money(amount, cur),
                     "issueDate": iso(d), "dueDate": iso(due), "reference": f"{'发票' if kind == 'invoice' else '单据'}号 {inv_serial:08d}"})
        owed.append((rid, amount, due))
        d += datetime.timedelta(days=R.randint(18, 45))
    # payments: batch invoices that fall due close together; pay explicit or oldest-first
    i = 0
    while i < len(owed):
        batch = [owed[i]]
        if R.random() < 0.3 and i + 1 < len(owed):
            batch.append(owed[i + 1])
        i += len(batch)
        if R.random() > pay_prob:
            continue
        pay_date = max(b[2] for b in batch) + datetime.timedelta(days=R.randint(late_lo, late_hi))
        if pay_date > TODAY:
            continue
        total = sum(b[1] for b in batch)
        if R.random() < partial_prob:
            total = (total * R.choice([30, 40, 50, 60]) // 100) // 100 * 100
        elif R.random() < 0.03:
            total += R.choice([500, 1200, 10000]) * 100  # overpayment, stays as credit
        if total <= 0:
            continue
        pay_serial += 1
        pid = f"PAY-{pay_date.year}-{pay_serial:05d}"
        p = {"id": pid, "customerID": cid, "amount": money(total, cur), "date": iso(pay_date),
             "reference": f"银行回单 {R.randint(10**9, 10**10 - 1)}"}
        if R.random() < 0.5:
            left, allocs = total, []
            for rid, amount, _ in batch:
                a = min(left, amount)
                if a > 0:
                    allocs.append({"receivableID": rid, "amount": money(a, cur)})
                    left -= a
            p["allocations"] = allocs
        else:
            p["allocations"] = []
        pays.append(p)
pays.sort(key=lambda p: (p["date"], p["id"]))

# --- Collection history: collectors, promises, contacts, excuses, asks, other suppliers. ---
# A second generator so that the receivables and payments above stay exactly as they were.
H = random.Random(20261128)
COLLECTORS = {"华东": "zhang.wei", "华北": "li.na", "东北": "li.na", "华南": "wang.fang",
              "华中": "chen.jie", "西南": "chen.jie", "西北": "liu.yang", "香港": "wang.fang", "海外": "liu.yang"}
CHANNELS = ["call", "call", "chat", "visit", "email"]
# What each standing pays of what is asked (the anchored ask learns this ratio).
ASK_RATIO = {"excellent": (95, 100), "good": (80, 100), "fair": (55, 85), "poor": (30, 60), "unknown": (50, 90)}
EXCUSES = {
    "cash_flow_tight": ["最近资金紧张，下个月再说", "这个月资金周转不过来，缓一缓", "账上没钱了，等回款再付"],
    "downstream_arrears": ["我们的客户还欠着我们的钱，他们付了我们就付", "下游客户迟迟不结算，我们也没办法"],
    "product_quality": ["上批货有质量问题，客户一直在投诉", "产品合格率不达标，先把质量问题解决"],
    "approval_pending": ["付款申请还在走审批流程，老板出差还没签字", "财务说要等月底统一审批"],
    "paid_other_supplier": ["这笔钱先付给别的供应商了，他们催得更紧", "刚付了另一家的货款，你们的下周安排"],
    "slow_sales": ["货还压在仓库里没卖出去，卖完再结", "今年市场不好，库存消化得很慢"],
    "service_issue": ["你们售后服务太慢，设备坏了一个礼拜没人来修", "安装调试一直没做完，怎么付款"],
    "billing_dispute": ["发票金额和合同对不上，要重新核对", "对账单上有两笔我们没收到货"],
    "vague_promise": ["过几天就安排，放心吧", "尽快给你付，别催了"],
    "promotion_support": ["你们答应的促销支持还没兑现，先把返利给了再说"],
    "termination_threat": ["再催我们就换供应商了", "这样催款以后就不合作了"],
}
EXCUSE_PROFILE = {"excellent": (0, 0), "good": (0, 1), "fair": (1, 3), "poor": (2, 5), "unknown": (0, 2)}
promises, contacts, excuses, asks, assignments, others = [], [], [], [], [], []
prom_serial = 0

def round100(x):
    return max(100, int(x) // 100 * 100)

pays_by_customer = {}
for p in pays:
    pays_by_customer.setdefault(p["customerID"], []).append(p)
recs_by_customer = {}
for r in recs:
    recs_by_customer.setdefault(r["customerID"], []).append(r)

for n, (name, region, cur, standing, tier, terms, size) in enumerate(customers, start=1):
    cid = f"C{n:03d}"
    collector = COLLECTORS[region]
    if n not in (9, 44):  # two new customers have no owner yet: the worklist falls back
        assignments.append({"customerID": cid, "collectorID": collector})
    lo, hi = ASK_RATIO[standing]
    my_pays = pays_by_customer.get(cid, [])
    def promise(amount, made, promised, channel, words=None, replaces=None):
        global prom_serial
        prom_serial += 1
        p = {"id": f"PR-{prom_serial:05d}", "customerID": cid, "amount": money(amount, cur),
             "promisedDate": iso(promised), "madeOn": iso(made), "collectorID": collector, "channel": channel}
        if words: p["customerWords"] = words
        if replaces: p["replaces"] = replaces
        promises.append(p)
        contacts.append({"customerID": cid, "collectorID": collector, "date": iso(made), "channel": channel})
        return p["id"]
    # Promises behind real payments: kept (promised what came) or partly kept (promised more).
    for pay in my_pays:
        if standing == "excellent" or H.random() > 0.5:
            continue
        paid_on = datetime.date.fromisoformat(pay["date"])
        promised = paid_on + datetime.timedelta(days=H.randint(0, 3))
        made = promised - datetime.timedelta(days=H.randint(4, 14))
        amount = pay["amount"]["minorUnits"]
        if H.random() < 0.3:
            amount = round100(amount * 100 / H.choice([50, 60, 75]))
        if H.random() < 0.15:  # renegotiated first, then kept (or not) on the new date
            first = promise(amount, made - datetime.timedelta(days=7), made + datetime.timedelta(days=2), H.choice(CHANNELS))
            promise(amount, made, promised, H.choice(CHANNELS), replaces=first)
        else:
            promise(amount, made, promised, H.choice(CHANNELS))
    # Broken promises in long silences of the weaker payers.
    if standing in ("fair", "poor", "unknown"):
        for _ in range(H.randint(1, 3 if standing == "poor" else 2)):
            made = START + datetime.timedelta(days=H.randint(60, 330))
            promised = made + datetime.timedelta(days=H.randint(5, 15))
            if promised >= TODAY:
                continue
            silent = all(abs((datetime.date.fromisoformat(p["date"]) - promised).days) > 20 for p in my_pays)
            if silent:
                promise(round100(size * 100 * H.uniform(0.5, 1.2)), made, promised, H.choice(CHANNELS),
                        words=H.choice(["下周一定付", "月底前安排", "这周五打款"]))
    # Contacts while balances are overdue (the last three months).
    day = TODAY - datetime.timedelta(days=90)
    while day < TODAY:
        if standing != "excellent" and H.random() < 0.25:
            contacts.append({"customerID": cid, "collectorID": collector, "date": iso(day), "channel": H.choice(CHANNELS)})
        day += datetime.timedelta(days=7)
    # Asked versus paid: what a request brought in.
    for pay in my_pays:
        if H.random() < 0.4:
            continue
        ratio = H.randint(lo, hi)
        paid = pay["amount"]["minorUnits"]
        asked = round100(paid * 100 / ratio)
        ask_day = datetime.date.fromisoformat(pay["date"]) - datetime.timedelta(days=H.randint(3, 20))
        asks.append({"customerID": cid, "asked": money(asked, cur), "paid": money(paid, cur), "date": iso(ask_day)})
    # Excuses: what they said, when, and what happened after.
    for _ in range(H.randint(*EXCUSE_PROFILE[standing])):
        category = H.choice(sorted(EXCUSES))
        said = START + datetime.timedelta(days=H.randint(30, 360))
        if said > TODAY:
            said = TODAY - datetime.timedelta(days=H.randint(1, 20))
        e = {"customerID": cid, "date": iso(said), "text": H.choice(EXCUSES[category])}
        if H.random() < 0.6:  # the rest are classified by the engine when the portfolio loads
            e["category"] = category
            e["outcome"] = H.choice(["paid", "partly_paid", "not_paid", "not_paid", "unknown"])
        excuses.append(e)
    # Customers known to be paying other suppliers while owing us.
    if standing == "poor" and H.random() < 0.5:
        for _ in range(H.randint(1, 2)):
            others.append({"customerID": cid, "date": iso(TODAY - datetime.timedelta(days=H.randint(5, 60))),
                           "reference": "同行反馈"})

# Open promises made this week: some due today, some later.
owing = sorted({r["customerID"] for r in recs if r["dueDate"] < iso(TODAY)})
for cid in owing:
    n = int(cid[1:])
    name, region, cur, standing, tier, terms, size = customers[n - 1]
    if standing == "excellent" or H.random() > 0.35:
        continue
    collector = COLLECTORS[region]
    made = TODAY - datetime.timedelta(days=H.randint(1, 6))
    promised = TODAY + datetime.timedelta(days=H.choice([0, 0, 2, 5, 9]))
    prom_serial += 1
    promises.append({"id": f"PR-{prom_serial:05d}", "customerID": cid, "amount": money(round100(size * 100 * H.uniform(0.3, 0.9)), cur),
                     "promisedDate": iso(promised), "madeOn": iso(made), "collectorID": collector, "channel": "call",
                     "customerWords": "这几天安排"})
    contacts.append({"customerID": cid, "collectorID": collector, "date": iso(made), "channel": "call"})

promises.sort(key=lambda p: (p["madeOn"], p["id"]))
contacts.sort(key=lambda c: (c["date"], c["customerID"], c["channel"]))
excuses.sort(key=lambda e: (e["date"], e["customerID"]))
asks.sort(key=lambda a: (a["date"], a["customerID"]))
others.sort(key=lambda o: (o["date"], o["customerID"]))
doc = {"schemaVersion": 1, "asOf": iso(TODAY), "customers": docs_c, "receivables": recs, "payments": pays,
       "promises": promises, "contacts": contacts, "excuses": excuses, "asks": asks,
       "assignments": assignments, "paymentsToOthers": others}
print(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True))
