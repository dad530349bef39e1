# Generates Examples/CollectDesk/Resources/sample-portfolio.json (seeded, deterministic):
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
doc = {"schemaVersion": 1, "asOf": iso(TODAY), "customers": docs_c, "receivables": recs, "payments": pays}
print(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True))
