package main

// The small library estate that -library adds to the default VPX inventory: what an
// import of a real library's vCenter would find. Tests assert these names and numbers.

import (
	"context"
	"fmt"
	"net/url"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/vapi/rest"
	"github.com/vmware/govmomi/vapi/tags"
	"github.com/vmware/govmomi/vim25/types"
)

// A port group on DVS0 with its VLAN id.
type portGroup struct {
	name string
	vlan int32
}

// A VM or template to create.
type machine struct {
	name     string
	folder   string
	guestID  string
	cpus     int32
	memoryMB int64
	disksGB  []int64
	network  string
	ip       string
	powerOn  bool
	template bool
	tags     [][2]string // category, tag
}

var portGroups = []portGroup{
	{"VLAN10-Servers", 10},
	{"rbpl-public", 30},
	{"Mgmt (40)", 40},
}

var folders = []string{"Servers", "VDI", "Templates"}

var machines = []machine{
	{name: "tmpl-win2022-std", folder: "Templates", guestID: "windows2019srvNext_64Guest",
		cpus: 2, memoryMB: 4096, disksGB: []int64{60}, network: "VLAN10-Servers", template: true},
	{name: "tmpl-ubuntu-2404", folder: "Templates", guestID: "ubuntu64Guest",
		cpus: 1, memoryMB: 2048, disksGB: []int64{20}, network: "VLAN10-Servers", template: true},
	{name: "rbpl-dc01", folder: "Servers", guestID: "windows2019srvNext_64Guest",
		cpus: 2, memoryMB: 8192, disksGB: []int64{80}, network: "VLAN10-Servers", ip: "10.20.10.10",
		powerOn: true, tags: [][2]string{{"Role", "domain-controller"}, {"Backup", "Daily"}}},
	{name: "rbpl-dc02", folder: "Servers", guestID: "windows2019srvNext_64Guest",
		cpus: 2, memoryMB: 8192, disksGB: []int64{80}, network: "VLAN10-Servers", ip: "10.20.10.11",
		powerOn: true, tags: [][2]string{{"Role", "domain-controller"}, {"Backup", "Daily"}}},
	{name: "rbpl-file01", folder: "Servers", guestID: "windows2019srvNext_64Guest",
		cpus: 4, memoryMB: 16384, disksGB: []int64{80, 1024}, network: "VLAN10-Servers",
		ip: "10.20.10.13", powerOn: true,
		tags: [][2]string{{"Role", "file-server"}, {"Backup", "Weekly"}}},
	{name: "rbpl-dhcp01", folder: "Servers", guestID: "ubuntu64Guest",
		cpus: 1, memoryMB: 2048, disksGB: []int64{20}, network: "VLAN10-Servers", ip: "10.20.10.12",
		powerOn: true, tags: [][2]string{{"Backup", "Weekly"}}},
	{name: "old-opac", folder: "Servers", guestID: "windows9_64Guest",
		cpus: 2, memoryMB: 4096, disksGB: []int64{60}, network: "rbpl-public"},
}

// addLibrary creates the estate through the simulator's own SOAP and REST APIs.
func addLibrary(ctx context.Context, u *url.URL) error {
	client, err := govmomi.NewClient(ctx, u, true)
	if err != nil {
		return err
	}
	defer func() { _ = client.Logout(ctx) }()
	finder := find.NewFinder(client.Client, true)
	dc, err := finder.Datacenter(ctx, "DC0")
	if err != nil {
		return err
	}
	finder.SetDatacenter(dc)
	dcFolders, err := dc.Folders(ctx)
	if err != nil {
		return err
	}
	vmFolders := map[string]*object.Folder{}
	for _, name := range folders {
		f, err := dcFolders.VmFolder.CreateFolder(ctx, name)
		if err != nil {
			return err
		}
		vmFolders[name] = f
	}

	dvsRef, err := finder.Network(ctx, "DVS0")
	if err != nil {
		return err
	}
	dvs := dvsRef.(*object.DistributedVirtualSwitch)
	specs := make([]types.DVPortgroupConfigSpec, len(portGroups))
	for i, pg := range portGroups {
		specs[i] = types.DVPortgroupConfigSpec{
			Name:     pg.name,
			Type:     string(types.DistributedVirtualPortgroupPortgroupTypeEarlyBinding),
			NumPorts: 16,
			DefaultPortConfig: &types.VMwareDVSPortSetting{
				Vlan: &types.VmwareDistributedVirtualSwitchVlanIdSpec{VlanId: pg.vlan},
			},
		}
	}
	task, err := dvs.AddPortgroup(ctx, specs)
	if err != nil {
		return err
	}
	if err := task.Wait(ctx); err != nil {
		return err
	}

	cluster, err := finder.ClusterComputeResource(ctx, "DC0_C0")
	if err != nil {
		return err
	}
	pool, err := cluster.ResourcePool(ctx)
	if err != nil {
		return err
	}
	ds, err := finder.Datastore(ctx, "LocalDS_0")
	if err != nil {
		return err
	}

	created := map[string]*object.VirtualMachine{}
	for _, m := range machines {
		vm, err := createMachine(ctx, finder, vmFolders[m.folder], pool, ds, m)
		if err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
		created[m.name] = vm
	}

	rule := &types.ClusterAntiAffinityRuleSpec{
		ClusterRuleInfo: types.ClusterRuleInfo{Name: "domain-controllers", Enabled: types.NewBool(true)},
		Vm:              []types.ManagedObjectReference{created["rbpl-dc01"].Reference(), created["rbpl-dc02"].Reference()},
	}
	task, err = cluster.Reconfigure(ctx, &types.ClusterConfigSpecEx{
		RulesSpec: []types.ClusterRuleSpec{{
			ArrayUpdateSpec: types.ArrayUpdateSpec{Operation: types.ArrayUpdateOperationAdd},
			Info:            rule,
		}},
	}, true)
	if err != nil {
		return err
	}
	if err := task.Wait(ctx); err != nil {
		return err
	}

	return addTags(ctx, client, u.User, created)
}

func createMachine(ctx context.Context, finder *find.Finder, folder *object.Folder,
	pool *object.ResourcePool, ds *object.Datastore, m machine) (*object.VirtualMachine, error) {
	var devices object.VirtualDeviceList
	scsi, err := devices.CreateSCSIController("pvscsi")
	if err != nil {
		return nil, err
	}
	devices = append(devices, scsi)
	controller := scsi.(types.BaseVirtualController)
	for i, gb := range m.disksGB {
		disk := devices.CreateDisk(controller, ds.Reference(),
			ds.Path(fmt.Sprintf("%s/%s_%d.vmdk", m.name, m.name, i)))
		disk.CapacityInKB = gb * 1024 * 1024
		devices = append(devices, disk)
	}
	netRef, err := finder.Network(ctx, m.network)
	if err != nil {
		return nil, err
	}
	backing, err := netRef.EthernetCardBackingInfo(ctx)
	if err != nil {
		return nil, err
	}
	nic, err := devices.CreateEthernetCard("vmxnet3", backing)
	if err != nil {
		return nil, err
	}
	devices = append(devices, nic)
	deviceChange, err := devices.ConfigSpec(types.VirtualDeviceConfigSpecOperationAdd)
	if err != nil {
		return nil, err
	}
	for _, change := range deviceChange {
		if d, ok := change.GetVirtualDeviceConfigSpec().Device.(*types.VirtualDisk); ok && d != nil {
			change.GetVirtualDeviceConfigSpec().FileOperation = types.VirtualDeviceConfigSpecFileOperationCreate
		}
	}
	spec := types.VirtualMachineConfigSpec{
		Name:         m.name,
		GuestId:      m.guestID,
		NumCPUs:      m.cpus,
		MemoryMB:     m.memoryMB,
		Annotation:   "",
		DeviceChange: deviceChange,
		Files:        &types.VirtualMachineFileInfo{VmPathName: fmt.Sprintf("[%s]", ds.Name())},
	}
	task, err := folder.CreateVM(ctx, spec, pool, nil)
	if err != nil {
		return nil, err
	}
	info, err := task.WaitForResult(ctx)
	if err != nil {
		return nil, err
	}
	vm := object.NewVirtualMachine(folder.Client(), info.Result.(types.ManagedObjectReference))
	if m.powerOn {
		task, err := vm.PowerOn(ctx)
		if err != nil {
			return nil, err
		}
		if err := task.Wait(ctx); err != nil {
			return nil, err
		}
	}
	if m.ip != "" {
		// A simulator-only key: what VMware Tools would report from the guest.
		task, err := vm.Reconfigure(ctx, types.VirtualMachineConfigSpec{
			ExtraConfig: []types.BaseOptionValue{
				&types.OptionValue{Key: "SET.guest.ipAddress", Value: m.ip},
			},
		})
		if err != nil {
			return nil, err
		}
		if err := task.Wait(ctx); err != nil {
			return nil, err
		}
	}
	if m.template {
		if err := vm.MarkAsTemplate(ctx); err != nil {
			return nil, err
		}
	}
	return vm, nil
}

func addTags(ctx context.Context, client *govmomi.Client, user *url.Userinfo, vms map[string]*object.VirtualMachine) error {
	rc := rest.NewClient(client.Client)
	if err := rc.Login(ctx, user); err != nil {
		return err
	}
	defer func() { _ = rc.Logout(ctx) }()
	manager := tags.NewManager(rc)
	categories := map[string]string{}
	tagIDs := map[[2]string]string{}
	for _, m := range machines {
		for _, t := range m.tags {
			catID, ok := categories[t[0]]
			if !ok {
				id, err := manager.CreateCategory(ctx, &tags.Category{
					Name:            t[0],
					Cardinality:     "SINGLE",
					AssociableTypes: []string{"VirtualMachine"},
				})
				if err != nil {
					return err
				}
				categories[t[0]] = id
				catID = id
			}
			tagID, ok := tagIDs[t]
			if !ok {
				id, err := manager.CreateTag(ctx, &tags.Tag{Name: t[1], CategoryID: catID})
				if err != nil {
					return err
				}
				tagIDs[t] = id
				tagID = id
			}
			if err := manager.AttachTag(ctx, tagID, vms[m.name].Reference()); err != nil {
				return err
			}
		}
	}
	return nil
}
