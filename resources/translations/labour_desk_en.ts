<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../ui/cases/queue_model.py" line="77" />
        <source>ความเร่งด่วน: </source>
        <translation>Urgency: </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="40" />
        <source>หางาน</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="41" />
        <source>ฝึกอบรม</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="42" />
        <location filename="../../ui/dashboard/chart_labels.py" line="55" />
        <source>ประกันสังคม</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="43" />
        <source>ร้องเรียน</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="44" />
        <source>ความปลอดภัย</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="45" />
        <source>ต่างประเทศ</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="46" />
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="52" />
        <source>จัดหางาน</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="53" />
        <source>พัฒนาฝีมือ</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="54" />
        <source>สวัสดิการฯ</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="56" />
        <source>สสปท.</source>
        <translation>TOSH</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_labels.py" line="57" />
        <source>สนง.แรงงาน</source>
        <translation>Labour office</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="39" />
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="41" />
        <location filename="../../ui/dialogs/about.py" line="55" />
        <source>รุ่น</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45" />
        <source>แบบอักษร Sarabun (SIL Open Font License 1.1)</source>
        <translation>Sarabun font (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49" />
        <source>ตัดคำภาษาไทยด้วย PyThaiNLP (Apache-2.0)</source>
        <translation>Thai word breaking by PyThaiNLP (Apache-2.0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="51" />
        <source>ใช้ Qt / PySide6 ภายใต้ LGPL-3.0: แทนที่ไลบรารี Qt ได้ (ดูข้อความด้านล่าง)</source>
        <translation>Uses Qt / PySide6 under the LGPL-3.0: the Qt libraries can be replaced (see the text below)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55" />
        <source>ส่วนประกอบ</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55" />
        <source>สัญญาอนุญาต</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="70" />
        <source>เลือกส่วนประกอบเพื่ออ่านสัญญาอนุญาต</source>
        <translation>Choose a component to read its licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="86" />
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96" />
        <source>ไม่มีไฟล์สัญญาอนุญาตในแพ็กเกจนี้</source>
        <translation>This package ships no licence file</translation>
    </message>
</context>
<context>
    <name>AccessHistoryView</name>
    <message>
        <location filename="../../ui/admin/access_history.py" line="55" />
        <source>%1 รายการล่าสุด (ใหม่สุดก่อน) — ดับเบิลคลิกเพื่อดูรายละเอียด</source>
        <translation>The latest %1 entries (newest first) — double-click for the details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/access_history.py" line="59" />
        <source> · ดูทั้งหมดได้ที่หน้าประวัติการใช้งาน</source>
        <translation> · see them all on the audit trail page</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../ui/cases/case_actions.py" line="60" />
        <source>ไม่มีขั้นตอนที่ดำเนินการได้ในสถานะนี้</source>
        <translation>No step can be taken in this status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_actions.py" line="74" />
        <source>ต้องได้รับอนุมัติจากหัวหน้างาน</source>
        <translation>Needs a supervisor's approval</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="71" />
        <source>กรมการจัดหางาน</source>
        <translation>Department of Employment</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="72" />
        <source>กรมพัฒนาฝีมือแรงงาน</source>
        <translation>Department of Skill Development</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="73" />
        <source>กรมสวัสดิการและคุ้มครองแรงงาน</source>
        <translation>Department of Labour Protection and Welfare</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="74" />
        <source>สำนักงานประกันสังคม</source>
        <translation>Social Security Office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="75" />
        <source>สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน</source>
        <translation>Occupational Safety and Health Institute</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="78" />
        <source>สำนักงานแรงงานจังหวัด</source>
        <translation>Provincial Labour Office</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="40" />
        <source>ลบข้อมูลระบุตัวตน (PDPA)</source>
        <translation>Erase identifying data (PDPA)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="43" />
        <source> และอีก %1 คน</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="46" />
        <source>จะลบชื่อ เลขประจำตัวประชาชน ที่อยู่ โทรศัพท์ LINE และข้อความบันทึกของ %1 ออกจากทะเบียน เรื่องส่งต่อ การเยี่ยม การประเมิน และประวัติการใช้งานทั้งหมด โดยยังเก็บประเภท สถานะ พื้นที่ และวันที่ไว้ให้รายงานนับได้ถูกต้อง ลบแล้วกู้คืนไม่ได้</source>
        <translation>The name, national ID, address, phone, LINE ID and notes of %1 will be removed from the registry, the referral cases, the visits, the evaluations and the whole audit trail; kind, status, area and dates are kept so that the reports still count correctly. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="55" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="56" />
        <source>เช่น เจ้าของข้อมูลขอให้ลบ หรือ ครบระยะเวลาเก็บข้อมูล</source>
        <translation>e.g. the data subject asked for it, or the retention period has ended</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="59" />
        <source>ยืนยัน</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="60" />
        <source>เข้าใจแล้วว่าข้อมูลที่ลบจะกู้คืนไม่ได้</source>
        <translation>I understand that erased data cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="62" />
        <source>ลบข้อมูลระบุตัวตน</source>
        <translation>Erase identifying data</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="63" />
        <source>กำลังลบข้อมูลและล้างแฟ้มฐานข้อมูล…</source>
        <translation>Erasing the data and wiping the database file…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/anonymise_dialog.py" line="72" />
        <source>กรุณายืนยันว่าต้องการลบข้อมูล ซึ่งกู้คืนไม่ได้</source>
        <translation>Please confirm the erasure, which cannot be undone</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="58" />
        <source>ขออนุมัติไม่รับเรื่อง (ไม่เข้าเกณฑ์)</source>
        <translation>Approval to reject (not eligible)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="59" />
        <source>ขออนุมัติปิดเรื่องที่ยังไม่แก้ไข</source>
        <translation>Approval to close unresolved</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="30" />
        <source>อนุมัติ…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="31" />
        <source>ไม่อนุมัติ…</source>
        <translation>Deny…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="46" />
        <source>รออนุมัติ — %1
ขอโดย %2 เมื่อ %3</source>
        <translation>Awaiting approval — %1
requested by %2 on %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="52" />
        <source>เหตุผล: </source>
        <translation>Reason: </translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="30" />
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="31" />
        <source>— เลือกอำเภอ —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="32" />
        <source>— เลือกตำบล —</source>
        <translation>— choose a subdistrict —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="40" />
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="43" />
        <source>รหัสไปรษณีย์</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="128" />
        <source>ยังไม่ได้เลือกจังหวัด %1 และ%2</source>
        <translation>No province, %1 or %2 chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="133" />
        <source>ยังไม่ได้เลือก%1และ%2</source>
        <translation>No %1 or %2 chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="135" />
        <source>เลือก%1แล้ว แต่ยังไม่ได้เลือก%2</source>
        <translation>A %1 is chosen but no %2 yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="175" />
        <source>เขต</source>
        <translation>District (khet)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="175" />
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="176" />
        <source>แขวง</source>
        <translation>Subdistrict (khwaeng)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/area_picker.py" line="176" />
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="210" />
        <source>มอบหมายงาน</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="210" />
        <source>มอบหมาย</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="212" />
        <source>— ไม่มอบหมาย —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="217" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>AssignMentorDialog</name>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="21" />
        <location filename="../../ui/mentoring/small_dialogs.py" line="39" />
        <source>กำหนดพี่เลี้ยง</source>
        <translation>Assign mentor</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="25" />
        <source>กำหนดพี่เลี้ยงให้ %1 คนที่เลือก (ผู้ที่มีพี่เลี้ยงคนเดิมจะถูกบันทึกประวัติไว้)</source>
        <translation>Assign a mentor to the %1 selected people (a previous mentor stays in the history)</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="30" />
        <source>พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="31" />
        <source>— เลือกพี่เลี้ยง —</source>
        <translation>— choose a mentor —</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="35" />
        <source>ตั้งแต่วันที่</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="47" />
        <source>กรุณาเลือกพี่เลี้ยง</source>
        <translation>Please choose a mentor</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="286" />
        <source>เปิดดู</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="287" />
        <source>สร้าง</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="288" />
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="289" />
        <source>บันทึกข้อความ</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="290" />
        <source>มอบหมายผู้รับผิดชอบ</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="291" />
        <source>กำหนดพี่เลี้ยง</source>
        <translation>Assign mentor</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="292" />
        <source>ยกเลิกพี่เลี้ยง</source>
        <translation>Mentor removed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="293" />
        <source>ความยินยอม</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="294" />
        <source>ขออนุมัติ</source>
        <translation>Approval requested</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="295" />
        <source>อนุมัติ</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="296" />
        <source>ไม่อนุมัติ</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="297" />
        <source>เปลี่ยนสถานะ</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="298" />
        <source>เปลี่ยนขั้นตอน</source>
        <translation>Step taken</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="299" />
        <source>พิมพ์</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="300" />
        <source>ส่งออก</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="301" />
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="302" />
        <source>เข้าสู่ระบบ</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="303" />
        <source>ออกจากระบบ</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="304" />
        <source>ปลดล็อกหน้าจอ</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="305" />
        <source>เข้าสู่ระบบไม่สำเร็จ</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="306" />
        <source>ล็อกบัญชี</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="307" />
        <source>ตั้งค่าสำนักงาน</source>
        <translation>Office set-up</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="308" />
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="309" />
        <source>ตั้งค่าการเชื่อมต่อ</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="310" />
        <source>เปลี่ยนรหัสผ่าน</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="311" />
        <source>ตั้งรหัสผ่านใหม่</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="312" />
        <source>ปลดล็อกบัญชี</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="313" />
        <source>เปิดใช้บัญชี</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="314" />
        <source>ปิดใช้บัญชี</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="315" />
        <source>สำรองฐานข้อมูล</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="316" />
        <source>กู้คืนฐานข้อมูล</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="317" />
        <source>ย้ายไปเครื่องแม่ข่าย</source>
        <translation>Moved to the server</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="318" />
        <source>ลบข้อมูลระบุตัวตน</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="319" />
        <source>ข้อมูลตัวอย่าง</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>AuditCategory</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="32" />
        <source>เปิดดู</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="33" />
        <source>สร้าง</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="34" />
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="35" />
        <source>เปลี่ยนสถานะ</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="36" />
        <source>พิมพ์</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="37" />
        <source>ส่งออก</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="38" />
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="39" />
        <source>เข้าสู่ระบบ</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="40" />
        <source>เข้าสู่ระบบไม่สำเร็จ</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="41" />
        <source>ตั้งค่าระบบ</source>
        <translation>System settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="42" />
        <source>ลบข้อมูลระบุตัวตน</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="43" />
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AuditDetailDialog</name>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="25" />
        <source>รายละเอียดประวัติการใช้งาน</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="33" />
        <source>วันเวลา</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="34" />
        <source>ผู้ใช้</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="35" />
        <source>การกระทำ</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="36" />
        <source>บุคคล / เรื่อง / เอกสาร</source>
        <translation>Person / case / document</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="37" />
        <source>รหัสรายการ</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="46" />
        <source>ช่อง</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="46" />
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="46" />
        <source>เป็น</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="54" />
        <source>ช่องที่เปลี่ยน</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="60" />
        <source>รายการ</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="60" />
        <source>ค่า</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="68" />
        <source>รายละเอียดที่บันทึกไว้</source>
        <translation>Recorded details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_detail_dialog.py" line="73" />
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/admin/audit_model.py" line="25" />
        <source>วันเวลา</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_model.py" line="26" />
        <source>ผู้ใช้</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_model.py" line="27" />
        <source>การกระทำ</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_model.py" line="28" />
        <source>บุคคล / เรื่อง / เอกสาร</source>
        <translation>Person / case / document</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="63" />
        <source>ทุกคน</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="67" />
        <source>ทุกการกระทำ</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="73" />
        <source>ชื่อ-สกุล หรือเลขประจำตัวประชาชน</source>
        <translation>Name or national ID</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="77" />
        <source>เลขที่เรื่อง เช่น ลป 2569/0001</source>
        <translation>Case no., e.g. 2569/0001</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="82" />
        <source>ล้างเงื่อนไข</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="83" />
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="84" />
        <source>พิมพ์ PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="91" />
        <source>ผู้ใช้:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="93" />
        <source>การกระทำ:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="95" />
        <source>ตั้งแต่วันที่:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="97" />
        <source>ถึง:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="99" />
        <source>บุคคล:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="102" />
        <source>เรื่อง:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="124" />
        <source>‹ ก่อนหน้า</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="125" />
        <source>ถัดไป ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="132" />
        <source>ประวัติการใช้งานระบบ</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="169" />
        <source>บุคคล: </source>
        <translation>Person: </translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="175" />
        <source>เรื่อง: </source>
        <translation>Case: </translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="178" />
        <source>วันที่: วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด</source>
        <translation>Dates: the start must not be after the end</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="238" />
        <source>ไม่พบรายการตามเงื่อนไข</source>
        <translation>No entries match</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="244" />
        <source>รายการที่ %1–%2 จาก %3 รายการ — ดับเบิลคลิกเพื่อดูรายละเอียด</source>
        <translation>Entries %1–%2 of %3 — double-click for the details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="266" />
        <source>ส่งออกประวัติการใช้งาน</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="271" />
        <source>กำลังส่งออกประวัติการใช้งาน…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="70" />
        <source>บันทึกรางวัล — </source>
        <translation>Record award — </translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="71" />
        <source>รางวัล</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="75" />
        <source>วันที่ได้รับ</source>
        <translation>Awarded on</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/small_dialogs.py" line="79" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/admin/backup_actions.py" line="32" />
        <source>เลือกสำเนาฐานข้อมูลที่จะกู้คืน</source>
        <translation>Choose the database backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_actions.py" line="33" />
        <source>สำเนาฐานข้อมูล (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_actions.py" line="39" />
        <source>กู้คืนฐานข้อมูล</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_actions.py" line="69" />
        <source>สำรองฐานข้อมูลไว้ที่ </source>
        <translation>Database backed up to </translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_actions.py" line="79" />
        <source>ข้อมูลทั้งหมดในฐานข้อมูลปัจจุบันจะถูกแทนที่ด้วยสำเนา %1 (ไฟล์ปัจจุบันจะถูกเก็บไว้) ต้องการกู้คืนหรือไม่</source>
        <translation>Everything in the current database will be replaced by the backup %1 (the current file is kept). Restore?</translation>
    </message>
</context>
<context>
    <name>BeCalendarPopup</name>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="157" />
        <source>เดือนก่อน (PageUp)</source>
        <translation>Previous month (PageUp)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="161" />
        <source>เดือนถัดไป (PageDown)</source>
        <translation>Next month (PageDown)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="164" />
        <source>เดือน</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="166" />
        <source>ปี พ.ศ.</source>
        <translation>Year (BE)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="175" />
        <source>วันนี้</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="329" />
        <source>วว/ดด/ปปปป</source>
        <translation>dd/mm/yyyy (BE)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="335" />
        <source>เลือกจากปฏิทิน (Alt+ลูกศรลง)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="336" />
        <source>เปิดปฏิทิน</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="401" />
        <source>กรุณากรอกวันที่</source>
        <translation>Please enter a date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="407" />
        <source>วันที่ต้องไม่ก่อน %1</source>
        <translation>The date cannot be before %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/be_date_edit.py" line="409" />
        <source>วันที่ต้องไม่หลัง %1</source>
        <translation>The date cannot be after %1</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="20" />
        <source>มอบหมายงาน</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="21" />
        <source>มอบหมาย %1 เรื่องที่เลือกให้</source>
        <translation>Assign the %1 selected cases to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="23" />
        <source>— ไม่มอบหมาย —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="29" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="34" />
        <source>มอบหมาย</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/bulk_assign.py" line="35" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseDesk</name>
    <message>
        <location filename="../../ui/cases/case_desk.py" line="114" />
        <source> · เฉพาะที่เลือก %1 เรื่อง</source>
        <translation> · only the %1 selected cases</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../../ui/cases/case_details.py" line="73" />
        <source>ถอนความยินยอมแล้ว เมื่อ %1 — ส่งต่อเรื่องนี้ไม่ได้
บันทึกโดย %2</source>
        <translation>Consent withdrawn on %1 — this case cannot be referred
recorded by %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="126" />
        <source>ชื่อ–นามสกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="127" />
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="128" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="129" />
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="130" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="133" />
        <source>รับเรื่อง</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="134" />
        <source>ผู้แจ้ง</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="135" />
        <source>ความยินยอม</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="136" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="137" />
        <source>ส่งต่อหน่วยงาน</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="138" />
        <source>ผู้รับเรื่องปลายทาง</source>
        <translation>Receiving office / contact</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="139" />
        <source>ผลการดำเนินการ</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="140" />
        <source>ซ้ำกับเรื่อง</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="147" />
        <source>ผู้ประสบปัญหา</source>
        <translation>Person in need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="148" />
        <source>การรับเรื่องและการส่งต่อ</source>
        <translation>Intake and referral</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="153" />
        <source>รายละเอียดปัญหา / ความต้องการ</source>
        <translation>Problem / need in detail</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="78" />
        <source>ยินยอมให้ส่งข้อมูล เมื่อ </source>
        <translation>Consented to sharing data on </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="80" />
        <source>ยังไม่ได้รับความยินยอม</source>
        <translation>No consent yet</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="195" />
        <source>ยังไม่มอบหมาย</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="200" />
        <location filename="../../ui/cases/case_details.py" line="207" />
        <source> เมื่อ </source>
        <translation> on </translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="171" />
        <source>รับเรื่อง</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="172" />
        <source>เปลี่ยนสถานะ</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="173" />
        <source>มอบหมายงาน</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="174" />
        <source>ขออนุมัติ</source>
        <translation>Approval requested</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="175" />
        <source>อนุมัติ</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="176" />
        <source>ไม่อนุมัติ</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="177" />
        <source>พิมพ์เอกสาร</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="178" />
        <source>บันทึกความยินยอม</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="179" />
        <source>ถอนความยินยอม</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="180" />
        <source>บันทึกเพิ่มเติม</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/cases/case_details.py" line="56" />
        <source>ปิดเรื่องแล้ว %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="60" />
        <source>ไม่มีกำหนดเวลา</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="62" />
        <source>ครบกำหนด %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_details.py" line="116" />
        <source>ความเร่งด่วน: </source>
        <translation>Urgency: </translation>
    </message>
</context>
<context>
    <name>CaseOpDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="58" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/cases/case_page.py" line="142" />
        <location filename="../../ui/cases/case_page.py" line="146" />
        <source>ลำดับการดำเนินการ</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="88" />
        <source>ขั้นตอนถัดไป</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="97" />
        <source>มอบหมาย…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="98" />
        <source>บันทึกเพิ่มเติม…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="100" />
        <source>บันทึกความยินยอม…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="103" />
        <source>บันทึกการถอนความยินยอม…</source>
        <translation>Record withdrawal of consent…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="106" />
        <source>พิมพ์ใบยินยอม</source>
        <translation>Print consent form</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="108" />
        <source>พิมพ์แบบส่งต่อ</source>
        <translation>Print referral slip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="109" />
        <source>พิมพ์สรุปเรื่อง</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="110" />
        <source>ปิดหน้าต่าง</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="143" />
        <source>ประวัติการเข้าถึง</source>
        <translation>Access history</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="190" />
        <source>ผู้ประสบปัญหาถอนความยินยอมแล้ว ส่งข้อมูลให้หน่วยงานไม่ได้</source>
        <translation>The person has withdrawn consent: no data may go to the agency</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_page.py" line="193" />
        <source>พิมพ์ได้เมื่อส่งต่อหน่วยงานแล้ว</source>
        <translation>Can be printed once the case is referred</translation>
    </message>
</context>
<context>
    <name>CasePrintActions</name>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="30" />
        <source>บันทึกแบบส่งต่อเป็น PDF</source>
        <translation>Save referral slips as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="32" />
        <source>กำลังสร้างแบบส่งต่อ…</source>
        <translation>Creating the referral slips…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="42" />
        <source>บันทึกสรุปเรื่องเป็น PDF</source>
        <translation>Save case summary as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="44" />
        <source>กำลังสร้างสรุปเรื่อง…</source>
        <translation>Creating the case summary…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="53" />
        <source>บันทึกใบยินยอมเป็น PDF</source>
        <translation>Save the consent form as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="55" />
        <source>กำลังสร้างใบยินยอม…</source>
        <translation>Creating the consent form…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="62" />
        <source>บันทึกรายการเรื่องเป็น PDF</source>
        <translation>Save case list as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="64" />
        <source>กำลังสร้างรายการเรื่อง…</source>
        <translation>Building the case list…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="79" />
        <source>ส่งออกรายการเรื่องเป็น Excel</source>
        <translation>Export cases to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="79" />
        <source>ส่งออกรายการเรื่องเป็น CSV</source>
        <translation>Export the case list to CSV</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_print_actions.py" line="81" />
        <source>กำลังส่งออกรายการเรื่อง…</source>
        <translation>Exporting the case list…</translation>
    </message>
</context>
<context>
    <name>CaseQueuePage</name>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="78" />
        <source>รับเรื่องใหม่ (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="82" />
        <source>นำเข้าจากไฟล์ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="86" />
        <source>เปิดเรื่อง</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="88" />
        <source>มอบหมาย…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="91" />
        <source>พิมพ์แบบส่งต่อ…</source>
        <translation>Print referral slips…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="93" />
        <source>พิมพ์รายการ…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="95" />
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="97" />
        <source>ส่งออก CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="140" />
        <location filename="../../ui/cases/queue_page.py" line="211" />
        <source>%1 เรื่อง</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_page.py" line="177" />
        <source>  เลือก %1 เรื่อง</source>
        <translation>  %1 selected</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="46" />
        <source>รับเรื่อง</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="47" />
        <source>คัดกรอง</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="48" />
        <source>ส่งต่อแล้ว</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="49" />
        <source>หน่วยงานรับดำเนินการ</source>
        <translation>Agency working on it</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="50" />
        <source>สำนักงานดำเนินการเอง</source>
        <translation>Handled by the office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="51" />
        <source>หน่วยงานส่งคืน</source>
        <translation>Returned by agency</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="52" />
        <source>แก้ไขแล้ว</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="53" />
        <source>ปิดเรื่อง</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="54" />
        <source>ไม่เข้าเกณฑ์</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="55" />
        <source>เรื่องซ้ำ</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="94" />
        <source>เลขที่เรื่อง</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="95" />
        <source>วันที่รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="96" />
        <source>ผู้มีความต้องการ</source>
        <translation>Person in need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="97" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="98" />
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="99" />
        <source>ผู้แจ้ง</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="100" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="101" />
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="102" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="103" />
        <source>กำหนด</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="135" />
        <source>รออนุมัติ</source>
        <translation>Awaiting approval</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/own_password.py" line="20" />
        <source>เปลี่ยนรหัสผ่านของฉัน</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/own_password.py" line="21" />
        <source>เปลี่ยนรหัสผ่าน</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/own_password.py" line="22" />
        <source>รหัสผ่านปัจจุบัน</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/own_password.py" line="23" />
        <source>รหัสผ่านใหม่</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/own_password.py" line="24" />
        <source>ยืนยันรหัสผ่านใหม่</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="81" />
        <source>อาสาสมัคร/บัณฑิตแรงงานชี้เป้า</source>
        <translation>Volunteer/graduate referral</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="82" />
        <source>มาติดต่อด้วยตนเอง</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="83" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="84" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46" />
        <source>มีผู้ใช้อื่นบันทึกข้อมูลนี้ก่อน</source>
        <translation>Someone else saved this record first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="47" />
        <source>ผู้ใช้อื่น</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="51" />
        <source>%1 บันทึกข้อมูลนี้เมื่อ %2 หลังจากที่คุณเปิด ช่องที่ไม่ตรงกันมี %3 ช่อง: เก็บของคุณทั้งหมด เก็บของอีกฝ่ายทั้งหมด หรือเลือกทีละช่อง</source>
        <translation>%1 saved this record at %2, after you opened it. %3 fields differ: keep all of yours, keep all of theirs, or choose field by field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="68" />
        <source>ช่อง</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="68" />
        <source>ของคุณ (ยังไม่บันทึก)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="68" />
        <source>ของอีกฝ่าย (บันทึกแล้ว)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="99" />
        <source>เก็บของฉันทั้งหมด</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="100" />
        <source>เก็บของอีกฝ่ายทั้งหมด</source>
        <translation>Keep all theirs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="101" />
        <source>บันทึกตามที่เลือกทีละช่อง</source>
        <translation>Save as chosen per field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="155" />
        <source>บันทึกความยินยอม</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="155" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="157" />
        <source>%1 ยินยอมให้สำนักงานส่งข้อมูลส่วนบุคคลให้หน่วยงานที่รับเรื่องต่อ</source>
        <translation>%1 consents to the office sharing their personal data with the agency the case is referred to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="161" />
        <source>วันที่ให้ความยินยอม *</source>
        <translation>Consent given on *</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="47" />
        <source>ตำบลและอาสาสมัครแรงงานที่ปฏิบัติงาน</source>
        <translation>Subdistricts and their active labour volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="50" />
        <source>ทั้งจังหวัด</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="57" />
        <source>ทุกตำบล</source>
        <translation>All subdistricts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="58" />
        <source>ตำบลที่มีอาสาสมัครแรงงาน</source>
        <translation>Subdistricts with a labour volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="59" />
        <source>ตำบลที่ยังไม่มีอาสาสมัครแรงงาน</source>
        <translation>Subdistricts without a labour volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="71" />
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="94" />
        <source>%1 ตำบล</source>
        <translation>%1 subdistricts</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="27" />
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="27" />
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/coverage_dialog.py" line="27" />
        <source>อาสาสมัครแรงงานที่ปฏิบัติงาน (คน)</source>
        <translation>Active labour volunteers</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="67" />
        <source>ภาพรวมการดำเนินงาน</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="74" />
        <source>ปีงบประมาณ %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="76" />
        <source>ทั้งจังหวัด</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="84" />
        <source>อ่านตัวเลขใหม่ (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="96" />
        <source>เรื่องที่ยังไม่ปิด</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="97" />
        <source>เรื่องที่เกินกำหนด</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="98" />
        <source>เรื่องที่รออนุมัติ</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="99" />
        <source>รับเรื่องเดือนนี้</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="100" />
        <source>แล้วเสร็จ/ปิดเรื่องในปีงบประมาณ</source>
        <translation>Resolved or closed this fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="101" />
        <source>อาสาสมัครแรงงานที่ปฏิบัติงาน</source>
        <translation>Active labour volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="102" />
        <source>ตำบลที่ยังไม่มีอาสาสมัครแรงงาน</source>
        <translation>Subdistricts without a labour volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="103" />
        <source>ยังไม่ได้รับการประเมินในปีงบประมาณ</source>
        <translation>Not yet evaluated this fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="177" />
        <source>เดือนก่อน %1</source>
        <translation>Last month %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="185" />
        <source>รับเรื่องเดือน%1</source>
        <translation>Received in %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="187" />
        <source>แล้วเสร็จ/ปิดเรื่องในปีงบประมาณ %1</source>
        <translation>Resolved or closed in fiscal year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="190" />
        <source>ยังไม่ได้รับการประเมินปีงบประมาณ %1</source>
        <translation>Not yet evaluated for fiscal year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="200" />
        <source>ตัวเลข ณ วันที่ %1 · กดตัวเลขหรือแท่งกราฟเพื่อเปิดรายการ</source>
        <translation>Figures as of %1 · click a number or a bar to open its list</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="213" />
        <source>ความต้องการรายเดือน จำแนกตามประเภท (แท่งซ้ายสีอ่อน: ปีงบประมาณ %1)</source>
        <translation>Needs per month by category (pale bars on the left: fiscal year %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="221" />
        <source>%1 · %2: %3 เรื่อง</source>
        <translation>%1 · %2: %3 cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="239" />
        <source>เรื่องที่รับในปีงบประมาณ %1 จำแนกตามสถานะปัจจุบัน</source>
        <translation>Cases received in fiscal year %1 by their status now</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="248" />
        <source>จำนวนวันจากรับเรื่องถึงได้ผล (มัธยฐาน) จำแนกตามหน่วยงาน</source>
        <translation>Days from receipt to outcome (median) by agency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="255" />
        <source>%1: มัธยฐาน %2 วัน · ร้อยละ 90 ภายใน %3 วัน · %4 เรื่อง</source>
        <translation>%1: median %2 days · 90% within %3 days · %4 cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="264" />
        <source>ตำบลที่มีอาสาสมัครแรงงานแล้ว/ตำบลทั้งหมด จำแนกตามอำเภอ</source>
        <translation>Subdistricts with a labour volunteer / all subdistricts, by district</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="265" />
        <source>มีอาสาสมัคร</source>
        <translation>With a volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="265" />
        <source>ยังไม่มี</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="275" />
        <source>%1: %2 %3 ตำบล</source>
        <translation>%1: %2 %3 subdistricts</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="212" />
        <source>%1 น.</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>DaysDelegate</name>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="121" />
        <source> วัน</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="62" />
        <source>อนุมัติ</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="62" />
        <source>ไม่อนุมัติ</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="71" />
        <source>เหตุผลของผู้ขอ: </source>
        <translation>Requester's reason: </translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="75" />
        <source>ความเห็น</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="75" />
        <source>เหตุผลที่ไม่อนุมัติ *</source>
        <translation>Reason for denial *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="81" />
        <source>กรุณาระบุเหตุผลที่ไม่อนุมัติ</source>
        <translation>Please give the reason for the denial</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/imports/import_page.py" line="187" />
        <source>นำเข้าเสร็จแล้ว</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="197" />
        <source>เพิ่มใหม่</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="198" />
        <source>ปรับปรุง</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="199" />
        <source>ข้าม (มีอยู่แล้ว ไม่เปลี่ยน)</source>
        <translation>Skipped (already there, unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="200" />
        <source>ไม่ได้นำเข้า</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="203" />
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="223" />
        <source>%1 แถว</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="226" />
        <source>แถวที่ไม่ได้นำเข้าบันทึกไว้ที่: %1</source>
        <translation>The rows not imported are saved in: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="65" />
        <source>พบเรื่องที่ยังไม่ปิดของบุคคลนี้</source>
        <translation>This person already has open cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="71" />
        <source>บุคคลนี้มีเรื่องที่ยังดำเนินการอยู่ %1 เรื่อง (เลขประจำตัวเดียวกัน หรือชื่อและเบอร์โทรเดียวกัน) เรื่องที่กำลังรับเป็นเรื่องเดียวกันหรือไม่</source>
        <translation>This person has %1 open cases (same ID, or same name and phone). Is the new case one of them?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="89" />
        <source>เป็นเรื่องซ้ำกับเรื่องที่เลือก</source>
        <translation>Duplicate of the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="91" />
        <source>ไม่ใช่ บันทึกเป็นเรื่องใหม่</source>
        <translation>No, save as a new case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="92" />
        <source>กลับไปแก้ไข</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="63" />
        <source>ประเมินผลปีงบประมาณ %1 — </source>
        <translation>Evaluation, fiscal year %1 — </translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="76" />
        <source>ข้อ</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="77" />
        <source>หัวข้อการประเมิน</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="78" />
        <source>น้ำหนัก</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="79" />
        <source>คะแนนเต็ม</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="80" />
        <source>คะแนนที่ได้</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="113" />
        <source>ระดับผล: </source>
        <translation>Grades: </translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="122" />
        <source>— เลือกพี่เลี้ยงผู้ประเมิน —</source>
        <translation>— the mentor who evaluated —</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="124" />
        <source>ผู้ประเมิน</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="130" />
        <source>วันที่ประเมิน</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="131" />
        <source>จุดเด่น</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="132" />
        <source>สิ่งที่ควรพัฒนา</source>
        <translation>To improve</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="133" />
        <source>ความเห็นเพิ่มเติม</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="141" />
        <source>ข้อมูลจากระบบ (ปีงบประมาณ %1)</source>
        <translation>From the system (fiscal year %1)</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="145" />
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="148" />
        <source>%1 เรื่อง</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="147" />
        <source>การเยี่ยมที่ได้รับ</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="147" />
        <source>%1 ครั้ง</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="148" />
        <source>ความต้องการที่ชี้เป้า</source>
        <translation>Needs reported</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="149" />
        <source>ได้รับการแก้ไขแล้ว</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="159" />
        <source>บันทึกผลการประเมิน</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="160" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="194" />
        <source>ประเมินโดย %1 · บันทึกแทนโดย %2</source>
        <translation>Evaluated by %1 · keyed in by %2</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="215" />
        <source>ให้คะแนนแล้ว %1 จาก %2 ข้อ</source>
        <translation>%1 of %2 criteria scored</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="223" />
        <source>คะแนนรวม %1 จาก 100 · ระดับ %2</source>
        <translation>Total %1 of 100 · grade %2</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/evaluation_dialog.py" line="250" />
        <source>กรุณาเลือกพี่เลี้ยงผู้ประเมิน</source>
        <translation>Please choose the mentor who evaluated</translation>
    </message>
</context>
<context>
    <name>FieldHistory</name>
    <message>
        <location filename="../../ui/registry/field_history_view.py" line="39" />
        <source>แก้ไขล่าสุด %1 โดย %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
</context>
<context>
    <name>FieldHistoryView</name>
    <message>
        <location filename="../../ui/registry/field_history_view.py" line="51" />
        <source>ช่อง</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/registry/field_history_view.py" line="51" />
        <source>แก้ไขล่าสุด</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../ui/registry/field_history_view.py" line="51" />
        <source>โดย</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/imports/file_page.py" line="50" />
        <source>1. เลือกไฟล์</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="52" />
        <source>ไฟล์ Excel (.xlsx .xlsm .xls) หรือ CSV ที่สำนักงานใช้อยู่ หัวตารางอยู่ใต้บรรทัดชื่อเรื่องได้</source>
        <translation>The office's Excel (.xlsx .xlsm .xls) or CSV file; the header row may sit under title lines</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="55" />
        <source>ที่อยู่ของไฟล์ หรือกด “เลือกไฟล์…”</source>
        <translation>The file's path, or press “Choose file…”</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="57" />
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="65" />
        <source>แผ่นงาน</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="68" />
        <source>การเข้ารหัสของไฟล์ CSV</source>
        <translation>CSV file encoding</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="70" />
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="97" />
        <source>เลือกไฟล์ที่จะนำเข้า</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="99" />
        <source>ไฟล์ Excel หรือ CSV (*.xlsx *.xlsm *.xls *.csv);;ทุกไฟล์ (*)</source>
        <translation>Excel or CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="130" />
        <location filename="../../ui/imports/file_page.py" line="140" />
        <source>กำลังอ่านไฟล์…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="152" />
        <source>ตามที่ตรวจพบ: %1</source>
        <translation>As detected: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="175" />
        <source>แผ่นงาน “%1” ไม่มีแถวข้อมูล</source>
        <translation>Sheet “%1” has no data rows</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="178" />
        <source>แผ่นงาน “%1”: %2 แถว %3 คอลัมน์ (แสดง %4 แถวแรก)</source>
        <translation>Sheet “%1”: %2 rows, %3 columns (the first %4 rows shown)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="25" />
        <source>ตั้งค่าครั้งแรก — </source>
        <translation>First-run set-up — </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="26" />
        <source>เริ่มใช้งาน</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="35" />
        <source>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้</source>
        <translation>This database has no office yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="37" />
        <source>กรุณาเลือกจังหวัดของสำนักงาน และสร้างบัญชีผู้ดูแลระบบคนแรก</source>
        <translation>Choose the office's province and create the first administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="44" />
        <source>จังหวัด *</source>
        <translation>Province *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45" />
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46" />
        <source>ชื่อผู้ใช้ (ภาษาอังกฤษ) *</source>
        <translation>Username (Latin letters) *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="47" />
        <source>เช่น somchai.j</source>
        <translation>e.g. somchai.j</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="48" />
        <source>ชื่อ-สกุล *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="49" />
        <source>รหัสผ่าน *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="50" />
        <source>ยืนยันรหัสผ่าน *</source>
        <translation>Confirm password *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="65" />
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="90" />
        <source>กรุณาเลือกจังหวัดของสำนักงาน</source>
        <translation>Please choose the office's province</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="24" />
        <source>สิ่งที่ต้องติดตาม</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="24" />
        <source>กำหนด</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="24" />
        <source>เสร็จเมื่อ</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="27" />
        <source>เพิ่มรายการติดตาม</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="38" />
        <source>เช่น ส่งแบบฟอร์มสมัครมาตรา 40</source>
        <translation>e.g. deliver the Section 40 form</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="44" />
        <source>ลบรายการนี้</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/follow_up_editor.py" line="73" />
        <source>รายการติดตามที่ %1: </source>
        <translation>Follow-up %1: </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="56" />
        <source>ผู้ได้รับการดูแล</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="56" />
        <source>สิ่งที่ต้องติดตาม</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="56" />
        <source>กำหนด</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="37" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="39" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="66" />
        <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="138" />
        <source>ชาย</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="139" />
        <source>หญิง</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="140" />
        <source>ไม่ระบุ/อื่น ๆ</source>
        <translation>Not given/other</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="119" />
        <source>ตามกำหนด</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="120" />
        <source>ใกล้ครบกำหนด</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="121" />
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../ui/imports/kinds.py" line="119" />
        <source>นำเข้ารายชื่อจากไฟล์ Excel/CSV</source>
        <translation>Import people from an Excel/CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="126" />
        <source>ชื่อ-สกุล (ที่อ่านได้)</source>
        <translation>Name (as read)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="130" />
        <location filename="../../ui/imports/kinds.py" line="191" />
        <source>เลขประจำตัวประชาชน (ที่อ่านได้)</source>
        <translation>National ID (as read)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="133" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="138" />
        <source>มีในทะเบียนแล้ว</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="141" />
        <source>ประเภทของแถวที่ไม่ได้ระบุ</source>
        <translation>Kind for rows that do not say</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="157" />
        <source>ยินยอม</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="158" />
        <source>ไม่ยินยอม</source>
        <translation>Not consented</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="174" />
        <source>นำเข้าเรื่องส่งต่อจากไฟล์ Excel/CSV</source>
        <translation>Import referral cases from an Excel/CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="183" />
        <source>วันที่รับเรื่อง (ที่อ่านได้)</source>
        <translation>Received (as read)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="187" />
        <source>ผู้ขอรับบริการ (ที่อ่านได้)</source>
        <translation>Requester (as read)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="195" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/imports/kinds.py" line="200" />
        <source>มีเรื่องนี้แล้ว</source>
        <translation>Already recorded</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/imports/import_page.py" line="44" />
        <source>4. นำเข้า</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="45" />
        <source>เลือกวิธีนำเข้า แล้วกด “นำเข้า” ระหว่างนำเข้ากดยกเลิกได้ ข้อมูลเดิมจะไม่เปลี่ยน</source>
        <translation>Choose how to import, then press “Import”. You can cancel while it runs; the data stays as it was</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="47" />
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="49" />
        <source>นำเข้าทั้งหมดหรือไม่นำเข้าเลย: ถ้ามีแถวที่ไม่ถูกต้อง จะไม่นำเข้าแถวใด (แนะนำ)</source>
        <translation>All or nothing: if any row is invalid, no row is imported (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="53" />
        <source>นำเข้าเฉพาะแถวที่ถูกต้อง และบันทึกแถวที่ไม่ได้นำเข้าเป็นไฟล์ Excel เพื่อแก้ไขแล้วนำเข้าใหม่</source>
        <translation>Import the valid rows and save the rejected ones as an Excel file to fix and import again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="88" />
        <source>จะเพิ่มใหม่ %1 แถว ปรับปรุง %2 แถว ข้าม %3 แถว</source>
        <translation>Will add %1 rows, update %2 rows, skip %3 rows</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="96" />
        <source>มี %1 แถวที่ไม่ถูกต้อง: แบบทั้งหมดหรือไม่เลยจะไม่นำเข้าแถวใด กรุณาแก้ไฟล์ หรือเลือกนำเข้าเฉพาะแถวที่ถูกต้อง</source>
        <translation>%1 rows are invalid: all or nothing imports no row. Fix the file, or choose to import the valid rows</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="101" />
        <source>%1 แถวที่ไม่ถูกต้องจะบันทึกลงไฟล์ Excel พร้อมเหตุผล</source>
        <translation>%1 invalid rows will be saved to an Excel file with their reasons</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="118" />
        <source>บันทึกแถวที่ไม่ได้นำเข้า</source>
        <translation>Save the rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="120" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="127" />
        <location filename="../../ui/imports/import_page.py" line="154" />
        <source>กำลังนำเข้า…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="148" />
        <source>ยกเลิกการนำเข้าแล้ว ข้อมูลในฐานข้อมูลไม่เปลี่ยนแปลง</source>
        <translation>Import cancelled. The database is unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="160" />
        <source>ไม่ได้นำเข้า ข้อมูลในฐานข้อมูลไม่เปลี่ยนแปลง</source>
        <translation>Not imported. The database is unchanged</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="31" />
        <source>ข้าม (ไม่เปลี่ยนข้อมูลเดิม)</source>
        <translation>Skip (keep the registered record)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="32" />
        <source>เติมเฉพาะช่องที่ว่าง</source>
        <translation>Fill the empty fields only</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="33" />
        <source>ปรับปรุงทุกช่องที่ไฟล์มี</source>
        <translation>Update every field the file has</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="34" />
        <source>ถือว่าไม่ถูกต้อง (ไม่นำเข้าแถวนั้น)</source>
        <translation>Treat as invalid (do not import those rows)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/jobs.py" line="32" />
        <location filename="../../ui/imports/wizard.py" line="83" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="79" />
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="80" />
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="81" />
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="82" />
        <source>เสร็จ</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/cases/intake_dialog.py" line="44" />
        <source>รับเรื่องใหม่ (ชี้เป้า)</source>
        <translation>New case (reported need)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_dialog.py" line="62" />
        <source>บันทึกรับเรื่อง</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_dialog.py" line="65" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_dialog.py" line="129" />
        <source>ยังบันทึกไม่ได้: กรุณาแก้ไขช่องที่มีข้อความสีแดง (%1 ช่อง)</source>
        <translation>Not saved yet: please correct the fields marked in red (%1)</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="63" />
        <source>ชื่อผู้แจ้ง ความเกี่ยวข้อง หรือช่องทางติดต่อกลับ</source>
        <translation>Who reported it, relationship, or how to reach them</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="73" />
        <source>x-xxxx-xxxxx-xx-x (ถ้ามี)</source>
        <translation>x-xxxx-xxxxx-xx-x (if known)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="87" />
        <source>เล่าปัญหาหรือความต้องการ สิ่งที่ผู้ประสบปัญหาขอให้ช่วย และข้อมูลที่หน่วยงานควรรู้</source>
        <translation>Describe the problem or need, what the person asks for, and what the agency should know</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="91" />
        <source>ยินยอมให้ส่งข้อมูลของตนให้หน่วยงานที่เกี่ยวข้อง</source>
        <translation>Consents to sharing their data with the agency concerned</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="96" />
        <source>การรับเรื่อง</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="97" />
        <source>วันที่รับเรื่อง *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="98" />
        <source>ช่องทาง *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="99" />
        <location filename="../../ui/cases/intake_form.py" line="212" />
        <source>ผู้แจ้ง</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="100" />
        <source>ความเร่งด่วน</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="101" />
        <source>ผู้ประสบปัญหา</source>
        <translation>Person in need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="102" />
        <source>ชื่อ–นามสกุล *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="104" />
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="106" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="107" />
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="108" />
        <source>หมู่ที่</source>
        <translation>Village no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="109" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="110" />
        <source>ประเภท *</source>
        <translation>Need *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="111" />
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="112" />
        <source>ความยินยอม</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="114" />
        <source>วันที่ให้ความยินยอม</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/intake_form.py" line="212" />
        <source>อาสาสมัครผู้แจ้ง *</source>
        <translation>Reporting volunteer *</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="66" />
        <source>หน้าจอถูกล็อก — </source>
        <translation>Locked — </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="75" />
        <source>หน้าจอถูกล็อกไว้ งานที่เปิดค้างอยู่ยังอยู่ครบ</source>
        <translation>The screen is locked. Everything left open is still there.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="78" />
        <source>ผู้ใช้ที่เข้าสู่ระบบอยู่: </source>
        <translation>Signed in: </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="84" />
        <source>รหัสผ่านของผู้ใช้นี้</source>
        <translation>This user's password</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="89" />
        <source>ปลดล็อก</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="92" />
        <source>ออกจากระบบ…</source>
        <translation>Sign out…</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="94" />
        <source>ออกจากระบบเพื่อให้ผู้อื่นเข้าใช้ งานที่ยังไม่ได้บันทึกของผู้ใช้นี้จะหายไป</source>
        <translation>Sign out so someone else can sign in; this user's unsaved work is lost</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>ทะเบียน</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>อาสาสมัครและบัณฑิตแรงงาน</source>
        <translation>Volunteers and graduates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>งานส่งต่อ</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>งานพี่เลี้ยง: เยี่ยมและประเมิน</source>
        <translation>Mentoring: visits and evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>รายงานประจำปีงบประมาณ</source>
        <translation>Fiscal-year reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>การตรวจสอบ</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>ประวัติการใช้งานระบบ</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>ผู้ดูแลระบบ</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>ผู้ใช้งานระบบ</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>ระยะเวลามาตรฐาน</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>ทบทวนระยะเวลาเก็บข้อมูล</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>แบบประเมินและหัวข้อการเยี่ยม</source>
        <translation>Evaluation template and visit topics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>บันทึกการประมวลผลข้อมูลส่วนบุคคล</source>
        <translation>Record of processing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>ผู้ใช้: </source>
        <translation>User: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>บันทึกไฟล์แล้ว: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>ใหม่ (ลงทะเบียน / รับเรื่อง)</source>
        <translation>New (person / case)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>พิมพ์ทะเบียนรายชื่อ…</source>
        <translation>Print roster…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>นำเข้าจากไฟล์ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>นำเข้าเรื่องส่งต่อจากไฟล์ Excel/CSV…</source>
        <translation>Import referral cases from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>เปลี่ยนรหัสผ่านของฉัน…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>ล็อกหน้าจอ</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>สลับผู้ใช้…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>ออกจากระบบ</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>เปลี่ยนรหัสผ่านแล้ว</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415" />
        <source>นำเข้าแล้ว: เพิ่ม %1 ปรับปรุง %2 ข้าม %3 ไม่ได้นำเข้า %4</source>
        <translation>Imported: %1 added, %2 updated, %3 skipped, %4 not imported</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>สำรองฐานข้อมูลตอนนี้</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>ภาพรวม</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>ภาพรวมการดำเนินงาน</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>กู้คืนฐานข้อมูลจากสำเนา…</source>
        <translation>Restore the database from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>การเชื่อมต่อฐานข้อมูล (เซิร์ฟเวอร์สำนักงาน)…</source>
        <translation>Database connection (office server)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342" />
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/imports/mapping_model.py" line="84" />
        <source>— ไม่นำเข้า —</source>
        <translation>— Not imported —</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_model.py" line="95" />
        <source>หัวคอลัมน์ในไฟล์</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_model.py" line="95" />
        <source>ตัวอย่างข้อมูล</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_model.py" line="95" />
        <source>นำเข้าเป็น</source>
        <translation>Import as</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="33" />
        <source>2. จับคู่คอลัมน์</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="36" />
        <source>เลือกว่าแต่ละคอลัมน์ของไฟล์คือข้อมูลใด (กด F2 หรือพิมพ์เพื่อเปลี่ยน) คอลัมน์ที่ไม่ต้องการเลือก “ไม่นำเข้า”</source>
        <translation>Choose what each column of the file holds (F2 or type to change it); choose “Not imported” for columns you do not need</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="65" />
        <source>จับคู่อัตโนมัติใหม่</source>
        <translation>Match automatically again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="67" />
        <source>เปิดการจับคู่จากไฟล์…</source>
        <translation>Load mapping from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="69" />
        <source>บันทึกการจับคู่เป็นไฟล์…</source>
        <translation>Save mapping to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="122" />
        <source>บันทึกการจับคู่คอลัมน์</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="124" />
        <location filename="../../ui/imports/mapping_page.py" line="138" />
        <source>การจับคู่คอลัมน์ (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="131" />
        <source>บันทึกการจับคู่แล้ว: %1</source>
        <translation>Mapping saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="136" />
        <source>เปิดการจับคู่คอลัมน์</source>
        <translation>Open a column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="148" />
        <source>ไม่พบคอลัมน์เหล่านี้ในแผ่นงาน: %1</source>
        <translation>These columns are not in the sheet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="150" />
        <source>ใช้การจับคู่จากไฟล์ %1</source>
        <translation>Using the mapping from %1</translation>
    </message>
</context>
<context>
    <name>MentoredModel</name>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="21" />
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="22" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="23" />
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="24" />
        <source>พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="25" />
        <source>เยี่ยมล่าสุด</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="26" />
        <source>ครบกำหนดเยี่ยม</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="27" />
        <source>ติดตามค้าง</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="28" />
        <source>ผลประเมินปีนี้</source>
        <translation>This year's grade</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="41" />
        <source>— ยังไม่มี —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="42" />
        <source>ยังไม่เคยเยี่ยม</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_model.py" line="45" />
        <source>ยังไม่ประเมิน</source>
        <translation>Not evaluated</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="59" />
        <source>งานพี่เลี้ยง</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="61" />
        <source>พี่เลี้ยงทุกคน</source>
        <translation>All mentors</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="68" />
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="73" />
        <source>ทุกคนในความดูแล</source>
        <translation>Everyone mentored</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="74" />
        <source>ถึงกำหนดเยี่ยม</source>
        <translation>Due a visit</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="75" />
        <source>ยังไม่ประเมินปีนี้</source>
        <translation>Not evaluated this year</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="101" />
        <source>บันทึกการเยี่ยม…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="104" />
        <source>ประเมินปีนี้…</source>
        <translation>Evaluate this year…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="107" />
        <source>เปิดทะเบียนประวัติ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="110" />
        <source>พิมพ์แบบประเมินเปล่า…</source>
        <translation>Print blank evaluation sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="115" />
        <source>พิมพ์แบบบันทึกการเยี่ยม…</source>
        <translation>Print visit forms…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="119" />
        <source>สรุปผลการประเมิน</source>
        <translation>Evaluation summary</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="121" />
        <source>เป็น PDF…</source>
        <translation>As PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="122" />
        <source>เป็น Excel…</source>
        <translation>As Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="125" />
        <source>ผลการประเมินรายบุคคล เป็น Excel…</source>
        <translation>Evaluations by person as Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="128" />
        <source>ผลการประเมินรายบุคคล เป็น CSV…</source>
        <translation>Evaluations by person as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="131" />
        <source>ส่งออกรายชื่อ</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="133" />
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="134" />
        <source>ส่งออก CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="155" />
        <source>ทำเสร็จแล้ว</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="161" />
        <source>&lt;b&gt;การติดตามผลที่ยังไม่เสร็จ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open follow-ups&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="191" />
        <source>ถึงกำหนดเยี่ยมเมื่อไม่ได้เยี่ยมเกิน %1 วัน</source>
        <translation>Due a visit when not visited for over %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="205" />
        <source>%1 คน</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/workspace_page.py" line="218" />
        <source>อำเภอ: %1</source>
        <translation>District: %1</translation>
    </message>
</context>
<context>
    <name>MentoringPrintActions</name>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="30" />
        <source>บันทึกแบบประเมินเปล่าเป็น PDF</source>
        <translation>Save blank evaluation sheets as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="32" />
        <location filename="../../ui/mentoring/print_actions.py" line="43" />
        <source>กำลังสร้างแบบประเมิน…</source>
        <translation>Building evaluation sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="41" />
        <source>บันทึกแบบประเมินเป็น PDF</source>
        <translation>Save evaluation sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="54" />
        <source>บันทึกแบบบันทึกการเยี่ยมเป็น PDF</source>
        <translation>Save visit forms as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="56" />
        <source>กำลังสร้างแบบบันทึกการเยี่ยม…</source>
        <translation>Creating the visit forms…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="65" />
        <source>บันทึกการเยี่ยมเป็น PDF</source>
        <translation>Save visit record as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="67" />
        <source>กำลังสร้างบันทึกการเยี่ยม…</source>
        <translation>Creating the visit record…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="78" />
        <source>บันทึกสรุปผลการประเมิน</source>
        <translation>Save evaluation summary</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="80" />
        <source>กำลังสร้างสรุปผลการประเมิน…</source>
        <translation>Creating the evaluation summary…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="97" />
        <source>ส่งออกรายชื่องานพี่เลี้ยง</source>
        <translation>Export the mentoring list</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="99" />
        <source>กำลังส่งออกรายชื่อ…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="118" />
        <source>ส่งออกผลการประเมินรายบุคคล</source>
        <translation>Export the evaluations by person</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="120" />
        <source>กำลังส่งออกผลการประเมิน…</source>
        <translation>Exporting the evaluations…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="129" />
        <source>สรุปผลการประเมิน</source>
        <translation>Evaluation summary</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/print_actions.py" line="130" />
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (BE)</translation>
    </message>
</context>
<context>
    <name>MentoringSetupPage</name>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="61" />
        <source>แบบประเมินและหัวข้อการเยี่ยม</source>
        <translation>Evaluation template and visit topics</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="73" />
        <source>หัวข้อการประเมิน</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="73" />
        <source>น้ำหนัก</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="73" />
        <source>คะแนนเต็ม</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="74" />
        <source>ระดับ</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="74" />
        <source>คะแนนขั้นต่ำ (ร้อยละ)</source>
        <translation>Minimum (%)</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="77" />
        <source>เพิ่มหัวข้อ</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="77" />
        <source>ลบหัวข้อที่เลือก</source>
        <translation>Remove selected criterion</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="80" />
        <source>เพิ่มระดับ</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="80" />
        <source>ลบระดับที่เลือก</source>
        <translation>Remove selected grade</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="83" />
        <source>บันทึกแบบประเมิน</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="86" />
        <source>แบบประเมินประจำปีงบประมาณ</source>
        <translation>Evaluation template of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="89" />
        <source>ปีงบประมาณ</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="94" />
        <source>ชื่อแบบประเมิน</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="107" />
        <source>หัวข้อใหม่ เช่น แนะนำบริการจัดหางาน</source>
        <translation>New topic, e.g. employment services explained</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="108" />
        <source>เพิ่มหัวข้อการเยี่ยม</source>
        <translation>Add visit topic</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="111" />
        <source>หัวข้อการเยี่ยม (เลือก = ใช้งานอยู่)</source>
        <translation>Visit topics (ticked = in use)</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="121" />
        <source> วัน</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="124" />
        <source>บันทึกรอบการเยี่ยม</source>
        <translation>Save visit interval</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="127" />
        <source>รอบการเยี่ยม</source>
        <translation>Visit interval</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="130" />
        <source>ผู้ที่ไม่ได้รับการเยี่ยมนานเกินรอบนี้ จะขึ้นในรายการ “ถึงกำหนดเยี่ยม” ของพี่เลี้ยงทุกคน</source>
        <translation>People not visited within this interval appear as “due a visit” for every mentor</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="135" />
        <source>ควรเยี่ยมอย่างน้อยทุก</source>
        <translation>Visit at least every</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="187" />
        <source>แบบประเมินปีงบประมาณ %1</source>
        <translation>Evaluation template of fiscal year %1</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="201" />
        <source>ฉบับที่ %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="203" />
        <source> · ใช้ประเมินแล้ว: การแก้ไขจะบันทึกเป็นฉบับใหม่ ผลประเมินเดิมไม่เปลี่ยน</source>
        <translation> · already used: saving makes a new version; past evaluations keep theirs</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="249" />
        <source>หัวข้อที่ %1: น้ำหนักและคะแนนเต็มต้องเป็นตัวเลข</source>
        <translation>Criterion %1: weight and maximum must be numbers</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/setup_page.py" line="257" />
        <source>ระดับที่ %1: คะแนนขั้นต่ำต้องเป็นตัวเลข</source>
        <translation>Grade %1: the minimum must be a number</translation>
    </message>
</context>
<context>
    <name>MentoringTimeline</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="237" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="238" />
        <source>พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="239" />
        <source>การเยี่ยม</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="240" />
        <source>การประเมิน</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="241" />
        <source>รางวัล</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="242" />
        <source>เรื่องที่แจ้ง</source>
        <translation>Case reported</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="184" />
        <source>ม.ค.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="185" />
        <source>ก.พ.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="186" />
        <source>มี.ค.</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="187" />
        <source>เม.ย.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="188" />
        <source>พ.ค.</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="189" />
        <source>มิ.ย.</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="190" />
        <source>ก.ค.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="191" />
        <source>ส.ค.</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="192" />
        <source>ก.ย.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="193" />
        <source>ต.ค.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="194" />
        <source>พ.ย.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="195" />
        <source>ธ.ค.</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="37" />
        <source>ขออนุมัติ%1</source>
        <translation>Request approval: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="50" />
        <source>ส่งคำขออนุมัติ</source>
        <translation>Request approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="50" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="54" />
        <source>เปลี่ยนสถานะ: </source>
        <translation>Change status: </translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="57" />
        <source>ขั้นตอนนี้ต้องได้รับอนุมัติจากหัวหน้างาน คำขอจะไปอยู่ในรายการรออนุมัติ และสถานะจะเปลี่ยนเมื่อได้รับอนุมัติแล้ว</source>
        <translation>This step needs a supervisor's approval: the request goes to the approvals queue and the status changes once approved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="70" />
        <source>หน่วยงานที่ส่งต่อ *</source>
        <translation>Refer to agency *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="73" />
        <source>เช่น สำนักงานจัดหางานจังหวัด กลุ่มงานทะเบียน คุณ… โทร …</source>
        <translation>e.g. provincial employment office, registration section, Khun… tel…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="75" />
        <source>ผู้รับเรื่องปลายทาง</source>
        <translation>Receiving office / contact</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="80" />
        <source>ยังไม่ได้บันทึกความยินยอมของผู้ประสบปัญหา ต้องได้รับความยินยอมก่อนส่งข้อมูลให้หน่วยงาน</source>
        <translation>The person's consent is not recorded; it is needed before data goes to the agency</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="82" />
        <source>ผู้ประสบปัญหายินยอมให้ส่งข้อมูลแล้ว</source>
        <translation>The person has consented to sharing their data</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="83" />
        <source>ความยินยอม *</source>
        <translation>Consent *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="87" />
        <source>วันที่ให้ความยินยอม</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="95" />
        <source>ผลการดำเนินการ *</source>
        <translation>Outcome *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="97" />
        <source>วันที่ได้ผล *</source>
        <translation>Outcome date *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="99" />
        <source>เช่น ได้งานที่ร้าน… เริ่มงาน 1 ธ.ค.</source>
        <translation>e.g. hired by … starting 1 Dec</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="100" />
        <source>รายละเอียดผล</source>
        <translation>Outcome details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="106" />
        <source>เช่น %1 2570/00012</source>
        <translation>e.g. %1 2570/00012</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="108" />
        <source>เลขที่เรื่องเดิม *</source>
        <translation>Original case no. *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="114" />
        <source>เหตุผล *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="114" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="115" />
        <source>บันทึกลงในลำดับการดำเนินการของเรื่อง</source>
        <translation>Recorded in the case's timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="126" />
        <source>กรุณาระบุเหตุผล</source>
        <translation>Please give a reason</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="129" />
        <source>ส่งต่อได้เมื่อผู้ประสบปัญหายินยอมให้ส่งข้อมูลแล้วเท่านั้น</source>
        <translation>A case can be referred only with the person's consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="135" />
        <source>กรุณากรอกเลขที่เรื่องเดิม เช่น %1 2570/00012</source>
        <translation>Please enter the original case no., e.g. %1 2570/00012</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="62" />
        <source>หางาน / บรรจุงาน</source>
        <translation>Job seeking / placement</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="63" />
        <source>ฝึกอบรมพัฒนาทักษะฝีมือ</source>
        <translation>Skills training</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="64" />
        <source>ประกันสังคม (มาตรา 40 และอื่น ๆ)</source>
        <translation>Social security (section 40 and other)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="65" />
        <source>ร้องเรียนคุ้มครองแรงงาน (ค่าจ้าง เลิกจ้าง สิทธิ)</source>
        <translation>Labour protection complaint (wages, dismissal, rights)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="66" />
        <source>ความปลอดภัยในการทำงาน</source>
        <translation>Workplace safety</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="67" />
        <source>ไปทำงานต่างประเทศ</source>
        <translation>Working abroad</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="68" />
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="137" />
        <source>บันทึกเพิ่มเติม</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="137" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="139" />
        <source>บันทึก *</source>
        <translation>Note *</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="139" />
        <source>เช่น โทรติดตามผลกับหน่วยงาน ผู้ร้องแจ้งข้อมูลเพิ่ม</source>
        <translation>e.g. called the agency for news; the person sent more information</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="144" />
        <source>กรุณากรอกข้อความที่จะบันทึก</source>
        <translation>Please type the note</translation>
    </message>
</context>
<context>
    <name>OpenCasesModel</name>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="37" />
        <source>เลขที่เรื่อง</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="38" />
        <source>รับเรื่อง</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="39" />
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="40" />
        <source>เลขประจำตัว</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="41" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/duplicate_dialog.py" line="42" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="92" />
        <source>ได้งานทำ</source>
        <translation>Found a job</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="93" />
        <source>เข้ารับการฝึกอบรม</source>
        <translation>Took a training course</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="94" />
        <source>สมัครประกันสังคมมาตรา 40</source>
        <translation>Joined section 40 social security</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="95" />
        <source>ได้รับสิทธิประกันสังคมอื่น</source>
        <translation>Got other social security rights</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="96" />
        <source>ข้อร้องเรียนได้รับการแก้ไข</source>
        <translation>Complaint settled</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="97" />
        <source>แก้ไขความไม่ปลอดภัยแล้ว</source>
        <translation>Hazard fixed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="98" />
        <source>ให้คำแนะนำแล้ว</source>
        <translation>Advised</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="99" />
        <source>ดำเนินการไปทำงานต่างประเทศ</source>
        <translation>Work abroad arranged</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="100" />
        <source>ติดต่อผู้ร้องไม่ได้</source>
        <translation>Person not reachable</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="101" />
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="91" />
        <source>ตั้งรหัสผ่านใหม่ — </source>
        <translation>New password — </translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="92" />
        <source>ตั้งรหัสผ่าน</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="93" />
        <source>รหัสผ่านใหม่</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="94" />
        <source>ยืนยันรหัสผ่านใหม่</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/registry/people_model.py" line="43" />
        <source>อสร.</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="44" />
        <source>อสร. ต่างประเทศ</source>
        <translation>Overseas volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="45" />
        <source>บัณฑิตแรงงาน</source>
        <translation>Labour graduate</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="57" />
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="58" />
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="59" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="60" />
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="61" />
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="62" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="63" />
        <source>วันที่แต่งตั้ง</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="64" />
        <source>ครบวาระ</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../ui/registry/people_model.py" line="65" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <location filename="../../ui/reports/period_form.py" line="22" />
        <source>ดด/ปปปป เช่น 10/2569 (ไม่ระบุ = ต้นปีงบ)</source>
        <translation>MM/YYYY (BE), e.g. 10/2569 (blank = start of the fiscal year)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="23" />
        <source>ดด/ปปปป เช่น 03/2570 (ไม่ระบุ = สิ้นปีงบ)</source>
        <translation>MM/YYYY (BE), e.g. 03/2570 (blank = end of the fiscal year)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="25" />
        <source>ทั้งจังหวัด</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="34" />
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (BE)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="35" />
        <source>ตั้งแต่เดือน</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="36" />
        <source>ถึงเดือน</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_form.py" line="37" />
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>PersonDataExportActions</name>
    <message>
        <location filename="../../ui/registry/person_export.py" line="49" />
        <source>ส่งออกข้อมูลทั้งหมดของบุคคลนี้</source>
        <translation>Export everything about this person</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="51" />
        <source>เลือกโฟลเดอร์ที่จะบันทึกข้อมูลทั้งหมดของบุคคลนี้</source>
        <translation>Choose the folder for everything about this person</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="56" />
        <source>กำลังรวบรวมข้อมูลทั้งหมดของบุคคลนี้…</source>
        <translation>Gathering everything about this person…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="72" />
        <source>บันทึกข้อมูลทั้งหมดของบุคคลนี้แล้ว 2 ไฟล์ ในโฟลเดอร์ %1</source>
        <translation>Saved everything about this person as 2 files in the folder %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="74" />
        <source>ส่งออกข้อมูลแล้ว</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="77" />
        <source>PDF สำหรับมอบให้เจ้าของข้อมูล: %1
JSON สำหรับนำไปใช้กับโปรแกรมอื่น: %2</source>
        <translation>PDF to hand to the data subject: %1
JSON for use in other programs: %2</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_export.py" line="82" />
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="55" />
        <source>ลงทะเบียนบุคคลใหม่</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="55" />
        <source>ทะเบียนประวัติ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="72" />
        <source>เปลี่ยนสถานะ…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="80" />
        <source>ลบข้อมูลระบุตัวตน (PDPA)…</source>
        <translation>Erase identifying data (PDPA)…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="89" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="91" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="119" />
        <source>การแก้ไขล่าสุดของแต่ละช่อง</source>
        <translation>When each field last changed</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="122" />
        <source>สถานะและการแก้ไข</source>
        <translation>Status and changes</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="166" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="329" />
        <source>ลบข้อมูลระบุตัวตนของบุคคลนี้แล้วเมื่อ %1 จึงแก้ไขไม่ได้</source>
        <translation>This person's identifying data was erased on %1: the record cannot be edited</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="141" />
        <source>พี่เลี้ยงและการประเมิน</source>
        <translation>Mentoring and evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="150" />
        <source>เรื่องที่แจ้ง (%1)</source>
        <translation>Reported needs (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="159" />
        <source>ประวัติการเข้าถึง</source>
        <translation>Access history</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="173" />
        <location filename="../../ui/registry/person_dialog.py" line="310" />
        <source>สถานะปัจจุบัน: </source>
        <translation>Current status: </translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="175" />
        <source>ทะเบียนประวัติ — </source>
        <translation>Record — </translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="185" />
        <source>ส่งออกข้อมูลทั้งหมดของบุคคลนี้…</source>
        <translation>Export everything about this person…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="190" />
        <source>PDF สำหรับมอบให้เจ้าของข้อมูลและไฟล์ JSON ของข้อมูลที่บันทึกไว้แล้วทั้งหมด</source>
        <translation>A PDF to hand to the data subject and a JSON file of everything saved</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_dialog.py" line="251" />
        <source>ยังบันทึกไม่ได้: กรุณาแก้ไขช่องที่มีข้อความสีแดง (%1 ช่อง)</source>
        <translation>Not saved yet: please correct the fields marked in red (%1)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/registry/person_form.py" line="95" />
        <source>ข้อมูลบุคคล</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="95" />
        <source>ที่อยู่และพื้นที่รับผิดชอบ</source>
        <translation>Address and area</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="95" />
        <source>การแต่งตั้ง / สัญญาจ้าง</source>
        <translation>Appointment / contract</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="153" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="154" />
        <source>เลขประจำตัวประชาชน *</source>
        <translation>National ID *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="159" />
        <source>คำนำหน้า</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="160" />
        <source>ชื่อ *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="161" />
        <source>นามสกุล *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="163" />
        <source>— ไม่ระบุ —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="166" />
        <source>เพศ</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="167" />
        <source>วันเกิด</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="168" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="170" />
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="171" />
        <source>อาชีพ</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="172" />
        <source>การศึกษา</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="175" />
        <source>บ้านเลขที่</source>
        <translation>House no.</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="176" />
        <source>หมู่ที่</source>
        <translation>Village no.</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="177" />
        <source>ซอย / ถนน</source>
        <translation>Soi / road</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="180" />
        <source>จังหวัด / อำเภอ / ตำบล *</source>
        <translation>Province / district / subdistrict *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="182" />
        <source>ประเทศ *</source>
        <translation>Country *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="187" />
        <source>เพิ่มพื้นที่</source>
        <translation>Add area</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="188" />
        <source>ลบที่เลือก</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="202" />
        <source>พื้นที่รับผิดชอบ</source>
        <translation>Responsible area</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="205" />
        <source>วันที่แต่งตั้ง</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="207" />
        <source>คำสั่งแต่งตั้งเลขที่</source>
        <translation>Appointment order no.</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="209" />
        <source>ครบวาระ</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="210" />
        <source>วุฒิการศึกษา (ปริญญา) *</source>
        <translation>Degree *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="211" />
        <source>เริ่มสัญญาจ้าง *</source>
        <translation>Contract start *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="212" />
        <source>สิ้นสุดสัญญาจ้าง *</source>
        <translation>Contract end *</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="215" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="253" />
        <source> กรุณาเลือกให้ครบก่อนกด “เพิ่มพื้นที่”</source>
        <translation> Choose all of them before pressing “Add area”.</translation>
    </message>
    <message>
        <location filename="../../ui/registry/person_form.py" line="257" />
        <source>ต.%1 อยู่ในรายการแล้ว</source>
        <translation>Subdistrict %1 is already in the list</translation>
    </message>
</context>
<context>
    <name>PersonKind</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="124" />
        <source>อาสาสมัครแรงงาน (ในประเทศ)</source>
        <translation>Labour volunteer (domestic)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="125" />
        <source>อาสาสมัครแรงงาน (ต่างประเทศ)</source>
        <translation>Labour volunteer (overseas)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="128" />
        <source>บัณฑิตแรงงาน</source>
        <translation>Labour graduate</translation>
    </message>
</context>
<context>
    <name>PersonMentoringView</name>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="61" />
        <source>บันทึกการเยี่ยม…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="64" />
        <source>ประเมินปี %1…</source>
        <translation>Evaluate %1…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="69" />
        <source>บันทึกรางวัล…</source>
        <translation>Record award…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="71" />
        <source>พิมพ์แบบประเมิน…</source>
        <translation>Print evaluation sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="72" />
        <source>พิมพ์บันทึกการเยี่ยม…</source>
        <translation>Print visit record…</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="99" />
        <source>พี่เลี้ยง: %1 (ตั้งแต่ %2)</source>
        <translation>Mentor: %1 (since %2)</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="103" />
        <source>พี่เลี้ยง: ยังไม่ได้กำหนด</source>
        <translation>Mentor: not assigned</translation>
    </message>
</context>
<context>
    <name>PersonStatus</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="131" />
        <source>ปฏิบัติหน้าที่</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="132" />
        <source>พักการปฏิบัติหน้าที่</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="133" />
        <source>ลาออก</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="134" />
        <source>เสียชีวิต</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="135" />
        <source>พ้นสภาพ</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="88" />
        <source>ใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="90" />
        <source>ไม่ถูกต้อง</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="97" />
        <source>(เฉพาะแถวนี้)</source>
        <translation>(this row only)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="112" />
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="113" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="114" />
        <source>เมื่อมีอยู่แล้ว</source>
        <translation>If already there</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="116" />
        <source>ปัญหา</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="47" />
        <source>3. ตรวจข้อมูลก่อนนำเข้า</source>
        <translation>3. Check the rows before importing</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="48" />
        <source>ยังไม่มีการบันทึกข้อมูลในขั้นนี้ ช่องที่มีสีคือช่องที่มีปัญหา ชี้ที่ช่องเพื่อดูเหตุผล</source>
        <translation>Nothing is saved yet. Coloured cells have problems; point at a cell to see why</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="58" />
        <source>ตรวจอีกครั้ง</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="61" />
        <source>แถวที่%1:</source>
        <translation>%1 rows:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="71" />
        <source>แสดงเฉพาะแถวที่มีปัญหา</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="89" />
        <source>รายละเอียดของแถวที่เลือก</source>
        <translation>The selected row</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="91" />
        <source>ตามที่เลือกสำหรับทั้งไฟล์</source>
        <translation>As chosen for the whole file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="97" />
        <source>สำหรับแถวนี้:</source>
        <translation>For this row:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="145" />
        <source>กำลังตรวจ…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="163" />
        <source>กำลังตรวจทุกแถว…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="168" />
        <source>ยกเลิกการตรวจแล้ว กด “ตรวจอีกครั้ง” เพื่อตรวจใหม่</source>
        <translation>Check cancelled. Press “Check again” to check again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="170" />
        <source>ตรวจไม่สำเร็จ</source>
        <translation>The check did not finish</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="207" />
        <source>ใหม่ %1 · %2 %3 · ไม่ถูกต้อง %4 · รวม %5 แถว</source>
        <translation>New %1 · %2 %3 · invalid %4 · %5 rows in all</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="277" />
        <source>%1 (รหัส %2): %3</source>
        <translation>%1 (ID %2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="284" />
        <source>(ว่าง)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="290" />
        <source>ไม่มีการเปลี่ยนแปลงข้อมูลเดิม</source>
        <translation>No change to the registered record</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="292" />
        <source>แถวนี้ถูกต้อง จะเพิ่มเป็นรายการใหม่</source>
        <translation>This row is valid and will be added</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="80" />
        <source>พิมพ์ทะเบียนรายชื่อ</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="81" />
        <source>พิมพ์ทะเบียนรายชื่อตามตัวกรองปัจจุบัน</source>
        <translation>Print the roster of the current filter</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="85" />
        <source>แสดงเลขประจำตัวประชาชนเต็ม (ค่าเริ่มต้น: ปิดบังบางหลัก)</source>
        <translation>Show full national IDs (default: partly masked)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="126" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="127" />
        <source>กำลังดำเนินการ</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="52" />
        <source>ค้นหาชื่อ เลขประจำตัว โทรศัพท์ หรือเลขที่เรื่อง / สแกน QR  (Ctrl+F)</source>
        <translation>Search name, ID, phone or case no. / scan QR  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="59" />
        <source>ทุกความต้องการ</source>
        <translation>All needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="62" />
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="65" />
        <source>ทุกหน่วยงาน</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="70" />
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="73" />
        <location filename="../../ui/cases/queue_filters.py" line="129" />
        <source>ทุกตำบล</source>
        <translation>All subdistricts</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="86" />
        <source>ล้างตัวกรองผู้แจ้ง</source>
        <translation>Clear reporter filter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="88" />
        <source>ล้างตัวกรอง</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="103" />
        <source>รับเรื่องตั้งแต่</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="104" />
        <source>ถึง</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="109" />
        <source>ล้างเงื่อนไขจากหน้าภาพรวม</source>
        <translation>Clear the overview's conditions</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="144" />
        <source>ผู้แจ้ง: </source>
        <translation>Reported by: </translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="200" />
        <source>ไม่นับเรื่องซ้ำ</source>
        <translation>duplicates left out</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="202" />
        <source>มีผลการดำเนินการแล้ว</source>
        <translation>with an outcome</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="205" />
        <source>แล้วเสร็จ/ปิดเรื่อง %1 – %2</source>
        <translation>resolved or closed %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_filters.py" line="217" />
        <source>จากหน้าภาพรวม: </source>
        <translation>From the overview: </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="104" />
        <source>มอบหมายให้ฉัน</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="105" />
        <source>รอคัดกรอง</source>
        <translation>To screen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="106" />
        <source>ส่งต่อแล้ว รอหน่วยงาน</source>
        <translation>Referred, waiting for agency</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="107" />
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="108" />
        <source>รออนุมัติ</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="109" />
        <source>เรื่องที่ยังไม่ปิดทั้งหมด</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="110" />
        <source>ทุกเรื่อง</source>
        <translation>All cases</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="58" />
        <source>ค้นหาชื่อ เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์  (Ctrl+F)</source>
        <translation>Search name, national ID or phone  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="65" />
        <source>ทุกประเภท</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="66" />
        <source>อาสาสมัครแรงงานทุกประเภท</source>
        <translation>Every kind of labour volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="70" />
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="75" />
        <source>ทุกวาระ</source>
        <translation>Any term</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/registry/registry_page.py" line="77" />
        <source>ครบวาระภายใน %n วัน</source>
        <translation>
            <numerusform>Term ends within %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="79" />
        <source>ทุกคน</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="80" />
        <source>ได้รับรางวัล</source>
        <translation>With an award</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="83" />
        <source>ได้รับรางวัลปี %1</source>
        <translation>Award in %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="85" />
        <source>การประเมินทุกปี</source>
        <translation>Any evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="118" />
        <source>ลงทะเบียนใหม่ (Ctrl+N)</source>
        <translation>Register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="122" />
        <source>นำเข้าจากไฟล์ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="126" />
        <source>เปิดทะเบียน</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="128" />
        <source>พิมพ์ทะเบียนรายชื่อ…</source>
        <translation>Print roster…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="130" />
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="132" />
        <source>ส่งออก CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="134" />
        <source>พิมพ์ทะเบียนประวัติ…</source>
        <translation>Print record form…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="136" />
        <source>กำหนดพี่เลี้ยง…</source>
        <translation>Assign mentor…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="161" />
        <source>ยังไม่ได้ประเมินปี %1</source>
        <translation>Not evaluated for %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="191" />
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="221" />
        <location filename="../../ui/registry/registry_page.py" line="267" />
        <source>พบ %1 คน</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>RegistryPrintActions</name>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="17" />
        <source>บันทึกทะเบียนรายชื่อเป็น PDF</source>
        <translation>Save roster as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="19" />
        <source>กำลังสร้างทะเบียนรายชื่อ…</source>
        <translation>Building the roster…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="28" />
        <source>บันทึกทะเบียนประวัติเป็น PDF</source>
        <translation>Save record form as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="30" />
        <source>กำลังสร้างทะเบียนประวัติ…</source>
        <translation>Creating the personal record…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="40" />
        <source>ส่งออกทะเบียนรายชื่อ</source>
        <translation>Export the registry</translation>
    </message>
    <message>
        <location filename="../../ui/registry/print_actions.py" line="42" />
        <source>กำลังส่งออกทะเบียนรายชื่อ…</source>
        <translation>Exporting the registry…</translation>
    </message>
</context>
<context>
    <name>ReportPrintActions</name>
    <message>
        <location filename="../../ui/reports/report_actions.py" line="51" />
        <source>บันทึกรายงานเป็นไฟล์ Excel</source>
        <translation>Save the report as an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_actions.py" line="51" />
        <source>บันทึกรายงานเป็น PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_actions.py" line="53" />
        <source>กำลังสร้างรายงาน…</source>
        <translation>Creating the report…</translation>
    </message>
</context>
<context>
    <name>ReportedCasesModel</name>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="30" />
        <source>เลขที่เรื่อง</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="31" />
        <source>วันที่รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="32" />
        <source>ผู้มีความต้องการ</source>
        <translation>Person in need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="33" />
        <source>ความต้องการ</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="34" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="35" />
        <source>ผลการดำเนินการ</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ReportedCasesView</name>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="71" />
        <source>ดูในคิวงานส่งต่อ</source>
        <translation>Show in the referral queue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reported_cases.py" line="89" />
        <source>แจ้งความต้องการทั้งหมด %1 เรื่อง · ปีงบประมาณ %2: %3 เรื่อง</source>
        <translation>%1 needs reported in all · fiscal year %2: %3</translation>
    </message>
</context>
<context>
    <name>ReporterPicker</name>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="46" />
        <source>อสร.</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="47" />
        <source>อสร. ต่างประเทศ</source>
        <translation>Overseas volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="48" />
        <source>บัณฑิตแรงงาน</source>
        <translation>Labour graduate</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="112" />
        <source>พิมพ์ชื่อ เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์</source>
        <translation>Type a name, national ID or phone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="128" />
        <source>เปลี่ยน</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="181" />
        <source>%1 มีสถานะ “%2” ในทะเบียน กรุณาตรวจสอบว่าเป็นผู้แจ้งเรื่องนี้จริงก่อนบันทึก</source>
        <translation>%1 is “%2” in the registry: check that they really reported this need before saving</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="204" />
        <source>ไม่พบในทะเบียน</source>
        <translation>Not in the registry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reporter_picker.py" line="206" />
        <source>แสดง %1 รายการแรก พิมพ์เพิ่มเพื่อค้นให้แคบลง</source>
        <translation>Showing the first %1; type more to narrow</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="36" />
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="45" />
        <source>พิมพ์ PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="46" />
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="65" />
        <source>เลือกรายงาน</source>
        <translation>Choose a report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="67" />
        <source>ช่วงเวลาและพื้นที่</source>
        <translation>Period and area</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="35" />
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="36" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="37" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="38" />
        <source>พ้นจากเครือข่ายเมื่อ</source>
        <translation>Left the network on</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="39" />
        <source>ครบกำหนดลบตั้งแต่</source>
        <translation>Due for erasure since</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="30" />
        <source>ครบระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย</source>
        <translation>The retention period after leaving the network has ended</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="66" />
        <source>ทบทวนระยะเวลาเก็บข้อมูล</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="67" />
        <source>ทบทวนระยะเวลาเก็บข้อมูลส่วนบุคคล</source>
        <translation>Personal data retention review</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="70" />
        <source>ผู้ที่พ้นจากเครือข่าย (ไม่ได้ปฏิบัติหน้าที่แล้ว) นานครบระยะเวลาเก็บข้อมูลของสำนักงาน ควรลบข้อมูลระบุตัวตน: ชื่อ เลขประจำตัว ที่อยู่ และการติดต่อจะถูกลบทุกแห่ง ส่วนจำนวนในรายงานยังนับได้ถูกต้อง</source>
        <translation>People who left the network (no longer serving) at least the office's retention period ago should have their identifying data erased: name, ID, address and contact details are removed everywhere, while the figures in the reports stay correct.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="79" />
        <source> ปี</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="80" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="87" />
        <source>เก็บข้อมูลหลังพ้นจากเครือข่าย</source>
        <translation>Keep the data after leaving the network for</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="98" />
        <source>เลือกทั้งหมด</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="101" />
        <source>ลบข้อมูลระบุตัวตนของที่เลือก…</source>
        <translation>Erase identifying data of the selected…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="132" />
        <source>ครบกำหนด %1 คน</source>
        <translation>%1 due</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="132" />
        <source>ยังไม่มีผู้ที่ครบกำหนด</source>
        <translation>Nobody is due yet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/retention_page.py" line="172" />
        <source>ลบข้อมูลระบุตัวตนแล้ว %1 คน</source>
        <translation>Identifying data erased: %1 people</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="143" />
        <source>ผู้ดูแลระบบ</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="144" />
        <source>เจ้าหน้าที่ทะเบียน</source>
        <translation>Registry clerk</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="145" />
        <source>เจ้าหน้าที่พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="146" />
        <source>หัวหน้างาน</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>RopaModel</name>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="50" />
        <source>ข้อมูล</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="51" />
        <source>ประเภทข้อมูล</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="52" />
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="53" />
        <source>ฐานทางกฎหมาย</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="54" />
        <source>ระยะเวลาเก็บ</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="55" />
        <source>ผู้เข้าถึง</source>
        <translation>Seen by</translation>
    </message>
</context>
<context>
    <name>RopaPage</name>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="91" />
        <source>บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล (ROPA)</source>
        <translation>Record of processing activities (ROPA)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="94" />
        <source>ข้อมูลส่วนบุคคลทุกช่องที่โปรแกรมเก็บ พร้อมวัตถุประสงค์ ฐานทางกฎหมายตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ระยะเวลาเก็บ และผู้ที่เห็นข้อมูล แถวสีเหลืองคือข้อมูลที่อาจอ่อนไหว</source>
        <translation>Every personal-data field the program keeps, with its purpose, its lawful basis under the Personal Data Protection Act B.E. 2562, how long it is kept and who sees it. Yellow rows may hold sensitive data.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="102" />
        <source>กรองด้วยคำใดก็ได้ เช่น โทรศัพท์ ม.19 พี่เลี้ยง</source>
        <translation>Filter by any word, e.g. phone, s.19, mentor</translation>
    </message>
    <message>
        <location filename="../../ui/admin/ropa_page.py" line="141" />
        <source>%1 จาก %2 ช่อง</source>
        <translation>%1 of %2 fields</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="90" />
        <location filename="../../ui/admin/server_settings_dialog.py" line="343" />
        <location filename="../../ui/admin/server_settings_dialog.py" line="363" />
        <source>การเชื่อมต่อฐานข้อมูล</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="95" />
        <source>ตอนนี้ใช้: </source>
        <translation>Now using: </translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="99" />
        <source>ไฟล์ฐานข้อมูลในเครื่องนี้</source>
        <translation>The database file on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="100" />
        <source>เซิร์ฟเวอร์ฐานข้อมูลของสำนักงาน (PostgreSQL)</source>
        <translation>The office's database server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="107" />
        <source>ไฟล์ในเครื่องใช้ได้ทีละเครื่อง เซิร์ฟเวอร์ของสำนักงานให้ทุกเครื่องทำงานกับข้อมูลชุดเดียวกัน</source>
        <translation>A file on this PC serves this PC only; the office server lets every PC work on the same data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="115" />
        <source>เครื่องเซิร์ฟเวอร์ *</source>
        <translation>Server *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="116" />
        <source>ชื่อเครื่องหรือ IP เช่น 192.168.1.10</source>
        <translation>host name or IP, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="117" />
        <source>พอร์ต *</source>
        <translation>Port *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="119" />
        <source>ฐานข้อมูล *</source>
        <translation>Database *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="120" />
        <source>ผู้ใช้ฐานข้อมูล *</source>
        <translation>Database user *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="121" />
        <source>รหัสผ่าน</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="122" />
        <source>เก็บไว้ในที่เก็บรหัสผ่านของ Windows</source>
        <translation>kept in the Windows credential store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="124" />
        <source>ตามค่าปกติ (ใช้ TLS ถ้าเซิร์ฟเวอร์มี)</source>
        <translation>Default (TLS when the server offers it)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="125" />
        <source>require — ต้องเข้ารหัส</source>
        <translation>require — encrypted only</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="126" />
        <source>verify-ca — ต้องเข้ารหัสและตรวจใบรับรอง</source>
        <translation>verify-ca — encrypted, certificate checked</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="127" />
        <source>verify-full — ตรวจใบรับรองและชื่อเครื่อง</source>
        <translation>verify-full — certificate and host name checked</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="128" />
        <source>การเข้ารหัส TLS</source>
        <translation>TLS encryption</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="131" />
        <source>ทดสอบการเชื่อมต่อ</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="132" />
        <source>ปรับปรุงโครงสร้าง</source>
        <translation>Upgrade schema</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="134" />
        <source>ย้ายข้อมูลในเครื่องขึ้นเซิร์ฟเวอร์…</source>
        <translation>Move this PC's data to the server…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="137" />
        <source>รวมกับข้อมูลที่มีอยู่บนเซิร์ฟเวอร์ (จับคู่บุคคลด้วยเลขประจำตัวประชาชน)</source>
        <translation>Merge with the data already on the server (people matched by national ID)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="167" />
        <source>ไฟล์ในเครื่อง </source>
        <translation>file on this PC </translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="168" />
        <source>เซิร์ฟเวอร์ </source>
        <translation>server </translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="180" />
        <source>มีรหัสผ่านเก็บไว้แล้ว (พิมพ์เพื่อเปลี่ยน)</source>
        <translation>a password is stored (type to change it)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="244" />
        <source>กำลังทดสอบการเชื่อมต่อ…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="284" />
        <source>รวมข้อมูลทั้งหมดจากไฟล์ในเครื่องนี้เข้ากับฐานข้อมูล %1 บุคคลที่เลขประจำตัวประชาชนตรงกันจะไม่ซ้ำ (ไฟล์ในเครื่องยังอยู่เหมือนเดิม) ต้องการรวมหรือไม่</source>
        <translation>Merge all data from this PC's file into the database %1? People with the same national ID are not duplicated (the file on this PC stays as it is).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="289" />
        <source>คัดลอกข้อมูลทั้งหมดจากไฟล์ในเครื่องนี้ขึ้นฐานข้อมูล %1 ซึ่งต้องยังว่างอยู่ (ไฟล์ในเครื่องยังอยู่เหมือนเดิม) ต้องการย้ายหรือไม่</source>
        <translation>Copy all data from this PC's file into the database %1, which must still be empty (the file on this PC stays as it is)?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="292" />
        <location filename="../../ui/admin/server_settings_dialog.py" line="299" />
        <source>ย้ายข้อมูลขึ้นเซิร์ฟเวอร์</source>
        <translation>Move data to the server</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="297" />
        <source>กำลังย้ายข้อมูลขึ้นเซิร์ฟเวอร์…</source>
        <translation>Moving the data to the server…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="297" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="344" />
        <source>บันทึกการตั้งค่านี้ทั้งที่ยังเชื่อมต่อไม่ได้หรือไม่</source>
        <translation>Save these settings although the connection does not work yet?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/server_settings_dialog.py" line="364" />
        <source>บันทึกแล้ว โปรแกรมจะใช้ฐานข้อมูลนี้เมื่อเริ่มใหม่ ต้องการเริ่มโปรแกรมใหม่ตอนนี้หรือไม่</source>
        <translation>Saved. The program uses this database when it starts again. Restart the program now?</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsModel</name>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="87" />
        <source>%1 วัน</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="93" />
        <source>ค่าเริ่มต้น %1 วัน</source>
        <translation>Default %1 days</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsPage</name>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="142" />
        <source>ระยะเวลามาตรฐานของแต่ละขั้นตอน (วัน)</source>
        <translation>Days allowed for each step</translation>
    </message>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="145" />
        <source>ดับเบิลคลิกช่องเพื่อแก้จำนวนวัน ค่าที่ต่างจากค่าเริ่มต้นแสดงเป็นตัวหนา ค่าใหม่ใช้กับเรื่องที่เข้าสู่ขั้นตอนนั้นนับจากนี้ กำหนดเสร็จของเรื่องเดิมไม่เปลี่ยน</source>
        <translation>Double-click a cell to change the days. Values that differ from the default are bold. A new value applies to cases entering the step from now on; existing due dates do not move.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/service_levels_page.py" line="164" />
        <source>ระยะเวลามาตรฐาน</source>
        <translation>Service levels</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="40" />
        <source>เข้าสู่ระบบ — </source>
        <translation>Sign in — </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="56" />
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="57" />
        <source>รหัสผ่าน</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="66" />
        <source>เข้าสู่ระบบ</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="69" />
        <source>ออก</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="97" />
        <source>กรุณากรอกชื่อผู้ใช้</source>
        <translation>Please enter the username</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="90" />
        <source>เปลี่ยนสถานะ — </source>
        <translation>Change status — </translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="107" />
        <source>สถานะใหม่</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="109" />
        <source>มีผลตั้งแต่วันที่</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="111" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="116" />
        <source>บันทึกสถานะ</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="117" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="29" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="30" />
        <source>มีผลวันที่</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="31" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="32" />
        <source>บันทึกโดย</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/registry/status_dialog.py" line="33" />
        <source>เมื่อ</source>
        <translation>At</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="113" />
        <source>คัดกรองและส่งต่อ</source>
        <translation>Screen and refer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="114" />
        <source>หน่วยงานดำเนินการ</source>
        <translation>Agency acts</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="115" />
        <source>สำนักงานดำเนินการเอง</source>
        <translation>Office handles</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="116" />
        <source>ปิดเรื่อง</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>TileButton</name>
    <message>
        <location filename="../../ui/dashboard/tiles.py" line="68" />
        <source>กดเพื่อเปิดรายการ</source>
        <translation>Click to open the list</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/cases/timeline_view.py" line="30" />
        <source>วันเวลา</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline_view.py" line="31" />
        <location filename="../../ui/mentoring/person_mentoring.py" line="29" />
        <source>ผู้บันทึก</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline_view.py" line="32" />
        <location filename="../../ui/mentoring/person_mentoring.py" line="27" />
        <source>รายการ</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline_view.py" line="33" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline_view.py" line="34" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="25" />
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="26" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/person_mentoring.py" line="28" />
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Transition</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="157" />
        <source>เริ่มคัดกรอง</source>
        <translation>Start screening</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="158" />
        <source>ส่งต่อหน่วยงาน</source>
        <translation>Refer to an agency</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="159" />
        <source>สำนักงานดำเนินการเอง</source>
        <translation>Handle in the office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="160" />
        <source>ไม่เข้าเกณฑ์</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="161" />
        <source>เรื่องซ้ำ</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="162" />
        <source>หน่วยงานรับดำเนินการ</source>
        <translation>Agency accepted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="163" />
        <source>หน่วยงานส่งคืน</source>
        <translation>Agency returned it</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="164" />
        <source>คัดกรองใหม่</source>
        <translation>Screen again</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="165" />
        <source>บันทึกผลแก้ไขแล้ว</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="166" />
        <source>ปิดเรื่อง</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="167" />
        <source>ปิดเรื่อง (ยังไม่แก้ไข)</source>
        <translation>Close unresolved</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="87" />
        <source>ปกติ</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="88" />
        <source>ด่วน</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="89" />
        <source>ด่วนที่สุด</source>
        <translation>Most urgent</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="27" />
        <source>แก้ไขบทบาท — </source>
        <translation>Edit roles — </translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="27" />
        <source>เพิ่มผู้ใช้</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="30" />
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="31" />
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="33" />
        <source>ชื่อผู้ใช้ (ภาษาอังกฤษ) *</source>
        <translation>Username (Latin letters) *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="34" />
        <source>เช่น somchai.j</source>
        <translation>e.g. somchai.j</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="35" />
        <source>ชื่อ-สกุล *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="36" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="37" />
        <source>รหัสผ่าน *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="38" />
        <source>ยืนยันรหัสผ่าน *</source>
        <translation>Confirm password *</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="48" />
        <source>บทบาท *</source>
        <translation>Roles *</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users_page.py" line="68" />
        <source>เพิ่มผู้ใช้…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="69" />
        <source>แก้ไขบทบาท…</source>
        <translation>Edit roles…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="70" />
        <location filename="../../ui/admin/users_page.py" line="183" />
        <source>ระงับการใช้งาน</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="72" />
        <source>ตั้งรหัสผ่านใหม่…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="74" />
        <source>ปลดล็อก</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="75" />
        <source>ผู้ใช้นี้ใส่รหัสผ่านผิดหลายครั้งจนถูกล็อกชั่วคราว</source>
        <translation>This user was locked for a while after repeated wrong passwords</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="104" />
        <source> นาที</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="105" />
        <source>ไม่ล็อก</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="110" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="113" />
        <source>ล็อกหน้าจอเมื่อไม่มีการใช้งาน</source>
        <translation>Lock the screen when idle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="117" />
        <source>ทุกเครื่องของสำนักงานจะล็อกหน้าจอเมื่อไม่มีการกดแป้นหรือเมาส์นานเท่านี้ ผู้ใช้ปลดล็อกด้วยรหัสผ่านของตน งานที่เปิดค้างไว้ยังอยู่ (0 = ไม่ล็อก)</source>
        <translation>Every PC of the office locks its screen after this long without a key or mouse input. Users unlock with their own password; work left open stays (0 = never).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="124" />
        <source>ล็อกเมื่อไม่มีการใช้งาน</source>
        <translation>Lock after idle for</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="153" />
        <source>ผู้ใช้ %1 คน</source>
        <translation>%1 users</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="183" />
        <source>เปิดใช้งาน</source>
        <translation>Re-enable</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/admin/users_model.py" line="27" />
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="28" />
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="29" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="30" />
        <source>บทบาท</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="31" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="79" />
        <source>ใช้งาน</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_model.py" line="79" />
        <source>ระงับ</source>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="44" />
        <source>บันทึกการเยี่ยม — </source>
        <translation>Record visit — </translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="46" />
        <source>แก้ไขบันทึกการเยี่ยม — </source>
        <translation>Edit visit — </translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="52" />
        <source>— เลือกพี่เลี้ยงที่ไปเยี่ยม —</source>
        <translation>— the mentor who visited —</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="53" />
        <source>พี่เลี้ยง</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="54" />
        <source>วันที่เยี่ยม</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="57" />
        <source>รูปแบบ</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="60" />
        <source>สถานที่</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="61" />
        <source>หัวข้อ</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="62" />
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="63" />
        <source>ปัญหาที่พบ</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="64" />
        <source>คำแนะนำที่ให้</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="65" />
        <source>การติดตามผล</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="67" />
        <source>นัดเยี่ยมครั้งต่อไป</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="142" />
        <source>กรุณาเลือกพี่เลี้ยงที่ไปเยี่ยม</source>
        <translation>Please choose the mentor who visited</translation>
    </message>
    <message>
        <location filename="../../ui/mentoring/visit_dialog.py" line="166" />
        <source>กรุณาปิดแล้วเปิดบันทึกใหม่</source>
        <translation>Please close and reopen the record</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="149" />
        <source>ลงพื้นที่เยี่ยม</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="150" />
        <source>ทางโทรศัพท์</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="151" />
        <source>ประชุม/อบรม</source>
        <translation>Meeting/training</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="152" />
        <source>ออนไลน์</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="177" />
        <source>บันทึกการถอนความยินยอม</source>
        <translation>Record withdrawal of consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="177" />
        <source>บันทึกการถอน</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialogs.py" line="181" />
        <source>%1 ขอถอนความยินยอมให้ส่งข้อมูลส่วนบุคคลให้หน่วยงาน เมื่อบันทึกแล้ว สำนักงานจะไม่ส่งต่อหรือพิมพ์แบบส่งต่อของเรื่องนี้อีก และบันทึกความยินยอมใหม่ในเรื่องนี้ไม่ได้ (หากประสงค์ให้ส่งต่ออีก ให้รับเรื่องใหม่พร้อมใบยินยอมฉบับใหม่)</source>
        <translation>%1 withdraws their consent to their personal data going to the agency. Once recorded, the office will not refer this case or print its referral slip again, and consent cannot be recorded on it again (to be referred after all, take a new case with a newly signed consent form)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="87" />
        <source>ตั้งค่าการเชื่อมต่อ…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89" />
        <source>ปิดโปรแกรม</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21" />
        <source>ไม่สามารถอ่านหรือเขียนไฟล์ได้: %1</source>
        <translation>Cannot read or write the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>ไม่สามารถดำเนินการได้</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <source>เกิดข้อผิดพลาด</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วไม่สูญหาย กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลระบบ</source>
        <translation>An unexpected error occurred. Saved data is not lost. Please copy the details below to the administrator.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="48" />
        <source>ยังไม่ได้บันทึก</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="50" />
        <source>ข้อมูลที่แก้ไขใน “%1” ยังไม่ได้บันทึก</source>
        <translation>Your changes in “%1” are not saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="52" />
        <source>ข้อมูลที่แก้ไขยังไม่ได้บันทึก</source>
        <translation>Your changes are not saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="54" />
        <source>ต้องการบันทึกก่อนหรือไม่</source>
        <translation>Save them first?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="56" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="59" />
        <source>ไม่บันทึก</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unsaved.py" line="62" />
        <source>ยกเลิก กลับไปแก้ไข</source>
        <translation>Cancel, keep editing</translation>
    </message>
</context>
</TS>